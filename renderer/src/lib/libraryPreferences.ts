/** The library view's sort order and tag filter, remembered in localStorage and read back safely. */
import { DEFAULT_ARRANGEMENT, isLibrarySort, type LibraryArrangement } from './libraryArrangement';

/** The localStorage key of the library view's preferences. */
export const LIBRARY_PREFERENCES_KEY = 'marginalia.library';

/** What is remembered: the sort order and the tag filter (the title search starts empty each time). */
export type LibraryPreferences = Pick<LibraryArrangement, 'sort' | 'tag'>;

/** The remembered preferences; the defaults for anything missing or not understood. */
export function loadLibraryPreferences(storage: Pick<Storage, 'getItem'> | null): LibraryPreferences {
  try {
    const value: unknown = JSON.parse(storage?.getItem(LIBRARY_PREFERENCES_KEY) ?? 'null');
    const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    return {
      sort: isLibrarySort(record['sort']) ? record['sort'] : DEFAULT_ARRANGEMENT.sort,
      tag: typeof record['tag'] === 'string' && record['tag'].length > 0 && record['tag'].length <= 100 ? record['tag'] : null,
    };
  } catch {
    return { sort: DEFAULT_ARRANGEMENT.sort, tag: DEFAULT_ARRANGEMENT.tag };
  }
}

/** Remembers the preferences; a full or unavailable storage only means they are not remembered. */
export function saveLibraryPreferences(storage: Pick<Storage, 'setItem'> | null, preferences: LibraryPreferences): void {
  try {
    storage?.setItem(LIBRARY_PREFERENCES_KEY, JSON.stringify({ sort: preferences.sort, tag: preferences.tag }));
  } catch {
    // Not remembered across restarts.
  }
}
