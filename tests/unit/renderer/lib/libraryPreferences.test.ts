import { describe, expect, it } from 'vitest';
import { LIBRARY_PREFERENCES_KEY, loadLibraryPreferences, saveLibraryPreferences } from '../../../../renderer/src/lib/libraryPreferences';

function memoryStorage(initial?: string) {
  const map = new Map<string, string>(initial === undefined ? [] : [[LIBRARY_PREFERENCES_KEY, initial]]);
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
}

describe('library preferences', () => {
  it('round-trips the sort order and the tag filter', () => {
    const storage = memoryStorage();
    saveLibraryPreferences(storage, { sort: 'title', tag: 'history' });
    expect(loadLibraryPreferences(storage)).toEqual({ sort: 'title', tag: 'history' });
  });

  it('falls back to the defaults for anything missing or not understood', () => {
    expect(loadLibraryPreferences(memoryStorage())).toEqual({ sort: 'opened', tag: null });
    expect(loadLibraryPreferences(memoryStorage('{ nope'))).toEqual({ sort: 'opened', tag: null });
    expect(loadLibraryPreferences(memoryStorage('{"sort":"toString","tag":7}'))).toEqual({ sort: 'opened', tag: null });
    expect(loadLibraryPreferences(memoryStorage('{"sort":"annotated","tag":""}'))).toEqual({ sort: 'annotated', tag: null });
    expect(loadLibraryPreferences(null)).toEqual({ sort: 'opened', tag: null });
  });

  it('never throws when the storage does', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } };
    expect(loadLibraryPreferences(broken)).toEqual({ sort: 'opened', tag: null });
    expect(() => saveLibraryPreferences(broken, { sort: 'title', tag: null })).not.toThrow();
  });
});
