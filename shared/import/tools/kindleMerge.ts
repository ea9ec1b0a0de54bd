/**
 * Kindle's `My Clippings.txt` only ever grows: extending or editing a highlight appends a new
 * clipping and keeps the old one, and a note is a clipping of its own at the location where
 * it was typed. This module keeps the last version of each edited highlight or note and
 * attaches each note to the highlight it was made on.
 *
 * Linear: clippings are indexed by book and location number (a highlight under the first
 * {@link INDEXED_SPAN} locations of its range and its last one), and each one looks at no more
 * than {@link MAX_CANDIDATES} earlier ones.
 */
import type { KindleLocation } from './kindleMetadata';

/** One highlight or note, read from the file. */
export interface KindleClipping {
  /** Its number in the file, for messages. */
  number: number;
  /** Which book it belongs to (title and author). */
  bookKey: string;
  kind: 'highlight' | 'note';
  page: string | null;
  location: KindleLocation | null;
  body: string;
}

/** What is kept: each highlight with the notes made on it, and the notes made on no highlight, in file order. */
export interface KindleMerged {
  kept: { clipping: KindleClipping; notes: KindleClipping[] }[];
  /** Earlier versions of edited highlights and notes that were left out. */
  earlierVersions: number;
}

const INDEXED_SPAN = 32;
const MAX_CANDIDATES = 64;

interface Slot {
  clipping: KindleClipping;
  dropped: boolean;
  notes: KindleClipping[];
}

/** Slots by book, then by location number (or by page, for clippings without a location). */
class PlaceIndex {
  private readonly byLocation = new Map<string, Map<number, Slot[]>>();
  private readonly byPage = new Map<string, Slot[]>();

  /** The location numbers a clipping is filed and looked up under. */
  private static numbers(location: KindleLocation): number[] {
    const last = Math.min(location.to, location.from + INDEXED_SPAN);
    const numbers: number[] = [];
    for (let n = location.from; n <= last; n++) numbers.push(n);
    if (location.to > last) numbers.push(location.to);
    return numbers;
  }

  add(slot: Slot): void {
    const { bookKey, location, page } = slot.clipping;
    if (location) {
      let book = this.byLocation.get(bookKey);
      if (!book) this.byLocation.set(bookKey, (book = new Map()));
      for (const n of PlaceIndex.numbers(location)) {
        const bucket = book.get(n);
        if (bucket) bucket.push(slot);
        else book.set(n, [slot]);
      }
    } else {
      const key = `${bookKey}\u0000${page ?? ''}`;
      const bucket = this.byPage.get(key);
      if (bucket) bucket.push(slot);
      else this.byPage.set(key, [slot]);
    }
  }

  /** Kept slots filed near the place of `clipping`, latest first, at most {@link MAX_CANDIDATES} looked at. */
  near(clipping: KindleClipping): Slot[] {
    const buckets: Slot[][] = [];
    if (clipping.location) {
      const book = this.byLocation.get(clipping.bookKey);
      for (const n of book ? PlaceIndex.numbers(clipping.location) : []) {
        const bucket = book!.get(n);
        if (bucket) buckets.push(bucket);
      }
    } else {
      const bucket = this.byPage.get(`${clipping.bookKey}\u0000${clipping.page ?? ''}`);
      if (bucket) buckets.push(bucket);
    }
    const seen = new Set<Slot>();
    const found: Slot[] = [];
    let looked = 0;
    for (const bucket of buckets) {
      for (let i = bucket.length - 1; i >= 0 && looked < MAX_CANDIDATES; i--, looked++) {
        const slot = bucket[i]!;
        if (!slot.dropped && !seen.has(slot)) {
          seen.add(slot);
          found.push(slot);
        }
      }
    }
    return found.sort((a, b) => b.clipping.number - a.clipping.number);
  }
}

function overlaps(a: KindleLocation | null, b: KindleLocation | null): boolean {
  if (!a || !b) return a === b;
  return a.from <= b.to && b.from <= a.to;
}

/** An earlier version of `later`: same book and kind, overlapping places, and one text contains the other. */
function isEarlierVersion(earlier: KindleClipping, later: KindleClipping): boolean {
  if (earlier.kind !== later.kind || earlier.bookKey !== later.bookKey) return false;
  if (!overlaps(earlier.location, later.location)) return false;
  if (!earlier.location && earlier.page !== later.page) return false;
  if (earlier.kind === 'note' && (earlier.location?.to !== later.location?.to)) return false;
  return later.body.includes(earlier.body) || earlier.body.includes(later.body);
}

/** Files `clippings` of one kind, dropping each earlier version of a later one. Returns how many were dropped. */
function keepLastVersions(slots: readonly Slot[], index: PlaceIndex): number {
  let dropped = 0;
  for (const slot of slots) {
    for (const earlier of index.near(slot.clipping)) {
      if (isEarlierVersion(earlier.clipping, slot.clipping)) {
        earlier.dropped = true;
        dropped++;
      }
    }
    index.add(slot);
  }
  return dropped;
}

/** The highlight a note at `location` was made on: the latest that ends there, else the latest whose range holds it. */
function highlightOf(note: KindleClipping, highlights: PlaceIndex): Slot | null {
  const at = note.location?.to;
  if (at === undefined) return null;
  const spot = { ...note, location: { from: at, to: at, range: false } };
  const near = highlights.near(spot).filter((slot) => slot.clipping.location!.from <= at && at <= slot.clipping.location!.to);
  return near.find((slot) => slot.clipping.location!.to === at) ?? near[0] ?? null;
}

/**
 * Keeps the last version of each edited highlight and note, attaches each remaining note to
 * the highlight of the same book whose range ends at (or holds) the note's location, and
 * keeps the other notes on their own. Clippings without a location are never attached.
 */
export function mergeKindleClippings(clippings: readonly KindleClipping[]): KindleMerged {
  const slots: Slot[] = clippings.map((clipping) => ({ clipping, dropped: false, notes: [] }));
  const highlights = new PlaceIndex();
  let earlierVersions = keepLastVersions(
    slots.filter((s) => s.clipping.kind === 'highlight'),
    highlights,
  );
  const notes = slots.filter((s) => s.clipping.kind === 'note');
  earlierVersions += keepLastVersions(notes, new PlaceIndex());
  for (const note of notes) {
    if (note.dropped) continue;
    const highlight = highlightOf(note.clipping, highlights);
    if (!highlight) continue;
    highlight.notes.push(note.clipping);
    note.dropped = true;
  }
  const kept = slots.filter((s) => !s.dropped).map((s) => ({ clipping: s.clipping, notes: s.notes }));
  return { kept, earlierVersions };
}
