/**
 * Arranges the annotations of every shown layer for the sidebar: other people's questions
 * first, then everything else in reading order, then passages that cannot be found (one still
 * being searched for waits in neither list). A reply
 * is listed under the annotation it answers; a reply whose annotation is gone is "detached"
 * and listed on its own, never dropped.
 */
import type { Annotation } from '../../../shared/model';
import { filterMatcher, type AnnotationFilter } from './filterAnnotations';
import type { LayerInfo } from './layerLabels';

/** A layer with its annotations, as the sidebar receives it. */
export interface LayerWithAnnotations extends LayerInfo {
  annotations: readonly Annotation[];
}

/** One annotation as the sidebar shows it. */
export interface SidebarItem {
  annotation: Annotation;
  layer: LayerInfo;
  /** A reply whose answered annotation is no longer in any layer. */
  detached: boolean;
}

export interface SidebarArrangement {
  /** Other people's questions (motivation "questioning"), in reading order. */
  questions: SidebarItem[];
  /** Everything else whose passage was found, in reading order. */
  placed: SidebarItem[];
  /** Annotations whose passage cannot be found. */
  orphans: SidebarItem[];
  /** Replies by the id of the annotation they answer: the own layer's first, then by time. */
  replies: ReadonlyMap<string, SidebarItem[]>;
  /** Top-level items before filtering (questions, placed and orphans). */
  total: number;
}

/** Where an annotation's passage is; null when it cannot be found, undefined while it is still being searched for. */
export type RangeOf = (id: string) => { start: number; end: number } | null | undefined;

/** True for a reply that answers another annotation. */
export function isReply(annotation: Pick<Annotation, 'motivation' | 'replyTo'>): boolean {
  return annotation.motivation === 'replying' && annotation.replyTo !== undefined;
}

/**
 * The sidebar's lists. `layers` are in display order (the own layer first); layers whose key
 * is in `hidden` are left out, but still count when deciding whether a reply is detached
 * (hiding the teacher's notes does not detach the answers to them).
 */
export function arrangeSidebar(
  layers: readonly LayerWithAnnotations[],
  hidden: ReadonlySet<string>,
  rangeOf: RangeOf,
  filter: AnnotationFilter,
): SidebarArrangement {
  const everyId = new Set(layers.flatMap((layer) => layer.annotations.map((a) => a.id)));
  const top: SidebarItem[] = [];
  const replies = new Map<string, SidebarItem[]>();
  layers.forEach((layer) => {
    if (hidden.has(layer.key)) return;
    const info: LayerInfo = { key: layer.key, creator: layer.creator, role: layer.role, readOnly: layer.readOnly };
    for (const annotation of layer.annotations) {
      const attached = isReply(annotation) && everyId.has(annotation.replyTo!);
      if (attached) {
        const list = replies.get(annotation.replyTo!) ?? [];
        list.push({ annotation, layer: info, detached: false });
        replies.set(annotation.replyTo!, list);
      } else {
        top.push({ annotation, layer: info, detached: annotation.motivation === 'replying' });
      }
    }
  });
  const layerIndex = new Map(layers.map((layer, index) => [layer.key, index]));
  for (const list of replies.values()) {
    list.sort(
      (a, b) =>
        (layerIndex.get(a.layer.key) ?? 0) - (layerIndex.get(b.layer.key) ?? 0) || a.annotation.createdAt.localeCompare(b.annotation.createdAt),
    );
  }
  const byPosition = (a: SidebarItem, b: SidebarItem) => {
    const ra = rangeOf(a.annotation.id);
    const rb = rangeOf(b.annotation.id);
    if (!ra || !rb) return (ra ? -1 : 0) + (rb ? 1 : 0);
    return ra.start - rb.start || ra.end - rb.end;
  };
  const matches = filterMatcher(filter);
  const shown = top.filter((item) => matches(item.annotation));
  const isQuestion = (item: SidebarItem) => item.layer.role !== 'own' && item.annotation.motivation === 'questioning';
  return {
    questions: shown.filter(isQuestion).sort(byPosition),
    placed: shown.filter((item) => !isQuestion(item) && rangeOf(item.annotation.id)).sort(byPosition),
    // An annotation still being searched for (undefined) joins one list or the other once found.
    orphans: shown.filter((item) => !isQuestion(item) && rangeOf(item.annotation.id) === null),
    replies,
    total: top.length,
  };
}
