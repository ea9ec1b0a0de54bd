/**
 * Fuzzes the one door into the app: `dispatchCall` over the real services on a temp data
 * folder. Every call gets invalid and boundary arguments (wrong types, missing and extra keys,
 * huge strings, odd numbers, `__proto__` keys, path-like ids, nested junk), passed through
 * structuredClone as IPC would. It must always resolve to an envelope, never to INTERNAL, and
 * an input its schema rejects must be refused with INVALID_ARGUMENT without touching the disk.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialogs } from '../../../electron/main/dialogs';
import { API_NAMES, type ApiErrorCode, type ApiHandlers, type ApiName, type ApiResult } from '../../../shared/api';
import { apiInputSchemas } from '../../../shared/apiSchemas';
import { dispatchCall } from '../../../shared/dispatch';
import { HIGHLIGHT_COLORS, type Annotation } from '../../../shared/model';
import { SAMPLES_DIR } from '../../support/seeds';
import { openUserApi } from '../../support/userApi';

/** Dialogs the user always cancels, so no call ever reaches outside the data folder. */
function cancellingDialogs(): Dialogs {
  return {
    chooseFileToOpen: async () => null,
    chooseSavePath: async () => null,
    chooseFolder: async () => null,
    confirmOverwrite: async () => false,
    showInFolder: async () => {},
    confirmOpenLink: async () => false,
    openLink: async () => {
      throw new Error('A link was opened without the user agreeing');
    },
  };
}

/** The handlers under test: the renderer's API over real services on `dataDir`, as main composes them. */
async function openHandlers(dataDir: string): Promise<ApiHandlers> {
  return openUserApi({ dataDir, samplesDir: SAMPLES_DIR, dialogs: cancellingDialogs() });
}

const RUNS_PER_CALL = 150;
const ERROR_CODES: readonly ApiErrorCode[] = [
  'INVALID_ARGUMENT',
  'UNKNOWN_CALL',
  'NOT_FOUND',
  'EMPTY_FILE',
  'BINARY_FILE',
  'FILE_TOO_LARGE',
  'UNSUPPORTED_FILE',
  'UNREADABLE_FILE',
  'WRITE_FAILED',
  'DAMAGED_DATA',
  'NEWER_DATA',
  'FORBIDDEN',
];

/** The search index: a cache its worker writes when it is ready, after the call that asked for it; not the user's data. */
const SEARCH_INDEX_CACHE = /^\.?search-index\.json/;

/** Every file and folder under `dir` but the search index cache, each with the hash of its bytes, so a failure names what changed. */
async function hashFolder(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => !SEARCH_INDEX_CACHE.test(e.name));
  const files = entries.map((e) => ({ name: path.relative(dir, path.join(e.parentPath, e.name)), isFile: e.isFile() })).sort((a, b) => a.name.localeCompare(b.name));
  const listing: string[] = [];
  for (const { name, isFile } of files) {
    listing.push(isFile ? `${name} ${createHash('sha256').update(await readFile(path.join(dir, name))).digest('hex').slice(0, 16)}` : `${name}/`);
  }
  return listing;
}

/** An object with exactly these own enumerable keys, `__proto__` included (as JSON.parse or IPC makes it). */
function objectOf(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

/** True when `result` is a well-formed envelope; `INTERNAL` is never one the fuzzer accepts. */
function expectEnvelope(result: ApiResult<unknown>): void {
  expect(typeof result).toBe('object');
  if (result.ok) {
    expect(Object.keys(result).sort()).toEqual(['ok', 'value']);
    expect(result.value).not.toBeUndefined();
  } else {
    expect(Object.keys(result).sort()).toEqual(['error', 'ok']);
    expect(ERROR_CODES).toContain(result.error.code);
    expect(typeof result.error.message).toBe('string');
    expect(result.error.message.length).toBeGreaterThan(0);
    expect(result.error.message.length).toBeLessThan(2_000);
  }
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

describe('dispatchCall under fuzzing, on real services', () => {
  let dataDir: string;
  let handlers: ApiHandlers;
  let fixtures: { documentIds: string[]; annotation: Annotation; backupIds: string[] };

  // One data folder for the whole file (useTempDirs would remove it after the first test).
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'marginalia-fuzz-'));
    handlers = await openHandlers(dataDir);
    const documentIds = (await handlers.listDocuments({})).map((d) => d.id);
    const annotation = await handlers.createAnnotation({ documentId: documentIds[0]!, start: 0, end: 12, color: 'green', note: 'n', tags: ['history', 'to read'] });
    const backupIds = (await handlers.listBackups({})).map((b) => b.id);
    fixtures = { documentIds, annotation, backupIds };
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  /** Values a caller might send for any key: plausible ones, boundaries and junk. */
  function values(): fc.Arbitrary<unknown> {
    const { documentIds, annotation, backupIds } = fixtures;
    const hugeString = fc.constantFrom('x'.repeat(100_001), 'a'.repeat(200_000), '\u0000'.repeat(5_000), '\ud800'.repeat(1_000));
    const strings = fc.oneof(
      fc.constantFrom(...documentIds, annotation.id, ...backupIds, 'history', 'to read'),
      fc.constantFrom('', ' ', '..', '../', '../../etc/passwd', '..\\..\\x', '/etc/passwd', 'C:\\Windows', 'con', 'a/b', '%2e%2e%2f', '\u202e', '\u0007'),
      fc.constantFrom('a'.repeat(100), 'a'.repeat(101), 'd'.repeat(21), 'd00000000000000000000', 'x'.repeat(4_097)),
      fc.constantFrom(...HIGHLIGHT_COLORS, 'octarine', 'md', 'json', 'csv', 'pdf', 'reading', 'tag', 'colour', 'single', 'per-document', 'zip'),
      fc.constantFrom('citation', 'obsidian', '{{> partial}}', '{{#annotations}}', '{{{quoteBlock}}}', '{{=<% %>=}}', '{{#annotations}}{{#annotations}}{{/annotations}}{{/annotations}}'),
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'),
      hugeString,
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
    );
    const numbers = fc.oneof(
      fc.constantFrom(0, 1, 5, 12, 1_000, -1, -0, 0.5, NaN, Infinity, -Infinity, 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE),
      fc.integer(),
      fc.double(),
    );
    const leaf = fc.oneof(strings, numbers, fc.boolean(), fc.constant(null), fc.constant(undefined), fc.bigInt(), fc.date({ noInvalidDate: false }));
    const tagLists = fc.oneof(
      fc.array(strings, { maxLength: 5 }),
      fc.constant(Array.from({ length: 101 }, (_, i) => `t${i}`)),
      fc.constant(['history', 'a\u0000b']),
    );
    const markdownOptions = fc.record(
      { order: fc.oneof(strings, leaf), includeNotes: leaf, includeColours: fc.boolean(), includeOrphans: fc.boolean() },
      { requiredKeys: [] },
    );
    const annotations = fc.oneof(
      fc.constant(annotation),
      fc.tuple(fc.constantFrom(...Object.keys(annotation)), leaf).map(([key, value]) => ({ ...annotation, [key]: value })),
      fc.tuple(strings, fc.nat(50), fc.nat(50)).map(([exact, start, end]) => ({
        ...annotation,
        id: 'restored-1',
        target: { selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start, end }] },
      })),
    );
    return fc.oneof(
      { arbitrary: leaf, weight: 6 },
      { arbitrary: tagLists, weight: 1 },
      { arbitrary: markdownOptions, weight: 1 },
      { arbitrary: annotations, weight: 1 },
      { arbitrary: fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), weight: 1 },
    );
  }

  /** Keys a caller might send: every key any call knows, dangerous ones, and random ones. */
  function keys(): fc.Arbitrary<string> {
    return fc.oneof(
      fc.constantFrom('documentId', 'annotationId', 'start', 'end', 'color', 'note', 'tags', 'changes', 'annotation', 'from', 'to', 'tag'),
      fc.constantFrom('format', 'markdown', 'layout', 'path', 'backupId', 'order', 'includeNotes', 'title', 'entryId'),
      fc.constantFrom('format', 'markdown', 'layout', 'path', 'backupId', 'order', 'includeNotes', 'template', 'preset', 'user', 'source', 'name'),
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '', 'k'.repeat(10_000)),
      fc.string({ maxLength: 20 }),
    );
  }

  /** A valid input for `name`, to mutate into boundary cases near the valid ones. */
  function validInput(name: ApiName): Record<string, unknown> {
    const { documentIds, annotation, backupIds } = fixtures;
    const documentId = documentIds[1]!;
    const inputs: Record<ApiName, Record<string, unknown>> = {
      listDocuments: {},
      getDocument: { documentId },
      listAnnotations: { documentId },
      createAnnotation: { documentId, start: 20, end: 40, color: 'blue', note: 'x', tags: ['a'] },
      updateAnnotation: { documentId: annotation.documentId, annotationId: annotation.id, changes: { note: 'changed' } },
      deleteAnnotation: { documentId, annotationId: 'no-such-annotation' },
      restoreAnnotation: { annotation },
      listTags: {},
      renameTag: { from: 'history', to: 'past' },
      deleteTag: { tag: 'nothing-tagged-this' },
      openFile: {},
      exportDocument: { documentId, format: 'md', markdown: { order: 'tag' } },
      exportLibrary: { format: 'json', layout: 'per-document' },
      importAnnotations: { documentId },
      showInFolder: { path: path.join(dataDir, 'library.json') },
      getStatus: {},
      listBackups: {},
      restoreBackup: { backupId: backupIds[0] ?? 'no-backup' },
      getProfile: {},
      setProfileName: { name: 'Ms Rivera' },
      listLayers: { documentId },
      replyToAnnotation: { documentId, annotationId: 'no-such-annotation', note: 'yes' },
      copyToOwn: { documentId, annotationId: 'no-such-annotation' },
      sharePacket: { documentId, title: 'Week 3', instructions: 'Read it.' },
      handIn: { documentId },
      exportHandout: { documentId, layers: 'all', notes: 'endnotes' },
      previewImport: { documentId },
      confirmImport: { token: '3f1c2a9e-4b7d-4c1e-9a2b-1d2e3f4a5b6c' },
      replaceWithNewVersion: { documentId },
      undoNewVersion: { documentId },
      reattachAnnotation: { documentId, annotationId: 'no-such-annotation', start: 0, end: 10 },
      searchLibrary: { query: 'history', tag: 'past', color: 'blue', layer: 'own', documentId, limit: 20 },
      getStatistics: { documentId, now: '2026-11-30T12:00:00.000Z', utcOffsetMinutes: 60 },
      renameDocument: { documentId, title: 'A new title' },
      recordDocumentOpened: { documentId },
      // A document that is not there: deleting a fixture would leave the calls after it less to work on.
      deleteDocument: { documentId: 'no-such-document' },
      listTrash: {},
      restoreFromTrash: { entryId: 'no-such-entry' },
      listSearchPeople: {},
      listTemplates: {},
      saveTemplate: { name: 'fuzzed', source: '{{#annotations}}{{quote}}{{/annotations}}' },
      deleteTemplate: { name: 'no-such-template' },
      previewExport: { documentId, format: 'md', template: { preset: 'citation' } },
      openLink: { documentId, href: 'https://example.org/' },
    };
    return inputs[name];
  }

  /**
   * Inputs for `name`: junk of every shape, objects of random keys, valid inputs with keys
   * dropped, changed or added, and valid inputs whose own values are swapped for boundary ones
   * (these reach the handlers).
   */
  function inputs(name: ApiName): fc.Arbitrary<unknown> {
    const valid = validInput(name);
    const ownKeys = Object.keys(valid);
    const entries = fc.array(fc.tuple(keys(), values()), { maxLength: 6 });
    const mutated = fc
      .tuple(fc.subarray(ownKeys), entries)
      .map(([dropped, changes]) => objectOf([...Object.entries(valid).filter(([key]) => !dropped.includes(key)), ...changes]));
    const ownValuesChanged =
      ownKeys.length === 0
        ? fc.constant(valid)
        : fc.array(fc.tuple(fc.constantFrom(...ownKeys), values()), { minLength: 1, maxLength: 2 }).map((changes) => ({ ...valid, ...Object.fromEntries(changes) }));
    return fc.oneof(
      { arbitrary: values(), weight: 2 },
      { arbitrary: entries.map(objectOf), weight: 2 },
      { arbitrary: entries.map((e) => Object.assign(Object.create(null) as object, objectOf(e))), weight: 1 },
      { arbitrary: fc.array(values(), { maxLength: 4 }), weight: 1 },
      { arbitrary: mutated, weight: 3 },
      { arbitrary: ownValuesChanged, weight: 4 },
      { arbitrary: fc.constant(valid), weight: 1 },
    );
  }

  /** Calls `name` with `input` as IPC would deliver it; checks the envelope and, for a rejected input, the disk. */
  async function callAndCheck(name: unknown, raw: unknown): Promise<ApiResult<unknown>> {
    const input = structuredClone(raw);
    const rejected = !(typeof name === 'string' && (API_NAMES as readonly string[]).includes(name)) || !apiInputSchemas[name as ApiName].safeParse(input ?? {}).success;
    const before = rejected ? await hashFolder(dataDir) : [];
    const unexpected: unknown[] = [];
    let result: ApiResult<unknown>;
    try {
      result = await dispatchCall(handlers, name, input, (error) => unexpected.push(error));
    } catch (error) {
      throw new Error(`dispatchCall threw instead of resolving to an envelope: ${String(error)}`);
    }
    expect(unexpected, `an unhandled error inside ${typeof name === 'string' ? name.slice(0, 80) : typeof name}`).toEqual([]);
    expectEnvelope(result);
    if (rejected) {
      expect(result.ok).toBe(false);
      expect(await hashFolder(dataDir)).toEqual(before);
    }
    return result;
  }

  it.each([...API_NAMES])('%s: always an envelope, never INTERNAL; rejected input is INVALID_ARGUMENT and writes nothing', async (name) => {
    await fc.assert(
      fc.asyncProperty(inputs(name), async (raw) => {
        const result = await callAndCheck(name, raw);
        const input = structuredClone(raw);
        if (!apiInputSchemas[name].safeParse(input ?? {}).success) {
          expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
          expect((result as { error: { message: string } }).error.message).toMatch(new RegExp(`^Invalid arguments for ${name}: `));
        }
      }),
      { numRuns: RUNS_PER_CALL },
    );
  });

  it('refuses every name outside the contract with UNKNOWN_CALL, whatever it is, and writes nothing', async () => {
    const names = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'then', ''),
      // Path-taking service calls are on the handler object but not in the contract.
      fc.constantFrom('importDocumentFile', 'importAnnotationsFile', 'exportDocumentTo', 'exportLibraryTo'),
      fc.constantFrom('marginalia:listDocuments', 'LISTDOCUMENTS', ' listDocuments', 'listDocuments\u0000', 'x'.repeat(100_000)),
      fc.string({ maxLength: 30 }),
      fc.anything({ maxDepth: 2, withNullPrototype: true, withBigInt: true }),
      fc.constant({ toString: 1, valueOf: 2 }),
    );
    await fc.assert(
      fc.asyncProperty(
        names.filter((n) => !(API_NAMES as readonly unknown[]).includes(n)),
        values(),
        async (name, input) => {
          const result = await callAndCheck(name, input);
          expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('left Object.prototype as it was (no input polluted it)', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
