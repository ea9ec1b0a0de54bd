import { describe, expect, it } from 'vitest';
import { API_NAMES, type ApiHandlers } from '../../../shared/api';
import { apiInputSchemas } from '../../../shared/apiSchemas';
import { dispatchCall, isApiName } from '../../../shared/dispatch';
import { ServiceError } from '../../../shared/errors';

/** Handlers that echo their (validated) input, so the tests see what the schema produced. */
function echoHandlers(): ApiHandlers {
  return Object.fromEntries(API_NAMES.map((name) => [name, async (input: unknown) => ({ name, input })])) as unknown as ApiHandlers;
}

describe('dispatchCall', () => {
  it('has a schema for every call in the contract, and no other', () => {
    expect(Object.keys(apiInputSchemas).sort()).toEqual([...API_NAMES].sort());
  });

  it('rejects names outside the contract', async () => {
    expect(isApiName('__proto__')).toBe(false);
    expect(await dispatchCall(echoHandlers(), 'deleteEverything', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CALL', message: 'Unknown call: deleteEverything' },
    });
  });

  it('validates arguments and applies defaults before the handler runs', async () => {
    const result = await dispatchCall(echoHandlers(), 'createAnnotation', {
      documentId: 'd1',
      start: 1,
      end: 4,
      color: 'green',
      tags: ['  spaced   out ', 'spaced out', 'x'],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'createAnnotation',
        input: { documentId: 'd1', start: 1, end: 4, color: 'green', note: '', tags: ['spaced out', 'x'] },
      },
    });
  });

  it.each([
    ['an unknown colour', { documentId: 'd1', start: 0, end: 1, color: 'octarine' }],
    ['an empty range', { documentId: 'd1', start: 3, end: 3, color: 'yellow' }],
    ['a path-like id', { documentId: '../../etc/passwd', start: 0, end: 1, color: 'yellow' }],
    ['an extra field', { documentId: 'd1', start: 0, end: 1, color: 'yellow', admin: true }],
    ['a control character in a tag', { documentId: 'd1', start: 0, end: 1, color: 'yellow', tags: ['a\u0007'] }],
    ['a non-object', 'createAnnotation'],
  ])('rejects %s', async (_label, input) => {
    const result = await dispatchCall(echoHandlers(), 'createAnnotation', input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('INVALID_ARGUMENT');
  });

  it('passes a ServiceError through as its code and message', async () => {
    const handlers = { ...echoHandlers(), getDocument: async () => Promise.reject(new ServiceError('NOT_FOUND', 'Gone.')) };
    expect(await dispatchCall(handlers, 'getDocument', { documentId: 'd1' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Gone.' },
    });
  });

  it('hides unexpected errors behind a generic message and reports them', async () => {
    const seen: unknown[] = [];
    const handlers = { ...echoHandlers(), listDocuments: async () => Promise.reject(new Error('EACCES /secret/path')) };
    const result = await dispatchCall(handlers, 'listDocuments', {}, (e) => seen.push(e));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('INTERNAL');
    expect(JSON.stringify(result)).not.toContain('/secret/path');
    expect(seen).toHaveLength(1);
  });
});
