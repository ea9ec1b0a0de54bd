/**
 * What changed between two revisions of one person's layer (a packet's annotations, say), by
 * annotation id, so an update can say "3 added, 1 changed, 2 removed" and touch only those.
 */
import type { Selector } from '../model';
import type { ReadAnnotation } from './packetAnnotation';

export interface LayerDiff {
  /** Ids in `next` but not in `previous`, in `next`'s order. */
  added: string[];
  /** Ids in both whose note, tags, colour, motivation or selectors differ, in `next`'s order. */
  changed: string[];
  /** Ids in `previous` but not in `next`, in `previous`'s order. */
  removed: string[];
  /** How many are in both and the same. */
  unchanged: number;
}

/** The selectors as a comparable string: each selector's fields in a fixed order, sorted by type. */
function selectorKey(selectors: readonly Selector[]): string {
  return JSON.stringify(
    selectors
      .map((s) => (s.type === 'TextQuoteSelector' ? [s.type, s.exact, s.prefix, s.suffix] : [s.type, s.start, s.end]))
      .sort((x, y) => (x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : 0)),
  );
}

/** What a reader sees of an annotation; tags compare as a set (their order is not shown as a change). */
function contentKey(a: ReadAnnotation): string {
  return JSON.stringify([a.note, [...new Set(a.tags)].sort(), a.color, a.motivation, selectorKey(a.selectors)]);
}

/**
 * Compares two versions of a layer by id. An annotation counts as changed when its note, tags,
 * colour, motivation or selectors differ; dates, creator and reply target are not compared.
 */
export function diffLayer(previous: readonly ReadAnnotation[], next: readonly ReadAnnotation[]): LayerDiff {
  const before = new Map(previous.map((a) => [a.id, a]));
  const nextIds = new Set(next.map((a) => a.id));
  const diff: LayerDiff = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const a of next) {
    const old = before.get(a.id);
    if (!old) diff.added.push(a.id);
    else if (contentKey(old) !== contentKey(a)) diff.changed.push(a.id);
    else diff.unchanged++;
  }
  for (const a of previous) if (!nextIds.has(a.id)) diff.removed.push(a.id);
  return diff;
}
