import { describe, expect, it } from 'vitest';
import { accountName, cleanPersonName, creatorFrom, personFor, stableUuidFor } from '../../../../../shared/import/tools/creators';
import { sha256Hex } from '../../../../../shared/text/sha256';

describe('creators', () => {
  it('derives a version-8 UUID from a SHA-256 of the seed, the same every time (and after the memo is full)', () => {
    const first = stableUuidFor('id:https://example.org/u/1');
    const hex = sha256Hex('marginalia:person:id:https://example.org/u/1');
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first.slice(0, 8)).toBe(hex.slice(0, 8));
    for (let i = 0; i < 1_500; i++) stableUuidFor(`filler ${i}`);
    expect(stableUuidFor('id:https://example.org/u/1')).toBe(first);
  });

  it('cleans names: one line, no control or format characters, at most 200 characters', () => {
    expect(cleanPersonName('  Ana\n\tOrtiz\u200B\u0007 ')).toBe('Ana Ortiz');
    expect(cleanPersonName(' \u0000 ')).toBeNull();
    expect(cleanPersonName(42)).toBeNull();
    expect(cleanPersonName(`${'a'.repeat(199)}😀`)).toBe('a'.repeat(199));
  });

  it('reads the user name of an acct: account only', () => {
    expect(accountName('acct:kim_lee@hypothes.is')).toBe('kim_lee');
    expect(accountName('mailto:kim@example.org')).toBeNull();
    expect(accountName('acct:no-host')).toBeNull();
  });

  it('keeps a urn:uuid id in lower case, and gives other ids and bare names a derived one', () => {
    expect(personFor('URN:UUID:6FA459EA-EE8A-4CA4-894E-DB77E160355E', 'Léa')).toEqual({ id: 'urn:uuid:6fa459ea-ee8a-4ca4-894e-db77e160355e', type: 'Person', name: 'Léa' });
    expect(personFor('urn:uuid:not-a-uuid', 'X')!.id).toBe(`urn:uuid:${stableUuidFor('id:urn:uuid:not-a-uuid')}`);
    expect(personFor(null, 'Bare')!.id).toBe(`urn:uuid:${stableUuidFor('name:Bare')}`);
    expect(personFor('https://example.org/u/1', '   ')).toBeNull();
  });

  it('reads creators written as a name, an account IRI, an object or a list; an IRI alone has no name', () => {
    expect(creatorFrom('Ana')!.name).toBe('Ana');
    expect(creatorFrom('acct:kim@hypothes.is')!.name).toBe('kim');
    expect(creatorFrom('https://example.org/users/7')).toBeNull();
    expect(creatorFrom({ '@id': 'https://example.org/u/2', nickname: 'nick' })!.name).toBe('nick');
    expect(creatorFrom([null, 3, { id: 'x' }, { name: 'Third' }])!.name).toBe('Third');
    expect(creatorFrom(Array.from({ length: 100 }, () => ({})).concat([{ name: 'too far' }]))).toBeNull();
  });
});
