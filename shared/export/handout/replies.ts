/**
 * Threads replies under the annotations they answer. A reply to a reply joins the thread of
 * the first annotation in its chain that is not a reply; an annotation whose chain ends at a
 * missing annotation, or loops, is not a reply here and is shown on its own, never dropped.
 */
import type { Annotation } from '../../model';

/** An annotation with the layer it came from. */
export interface LayeredAnnotation {
  annotation: Annotation;
  layer: number;
}

/** The roots (shown on their own) and, for each root, its replies oldest first. */
export interface Threads {
  roots: LayeredAnnotation[];
  repliesOf: Map<LayeredAnnotation, LayeredAnnotation[]>;
}

/** Splits annotations into roots and the replies threaded under each root. */
export function threadReplies(all: readonly LayeredAnnotation[]): Threads {
  const byId = new Map<string, LayeredAnnotation>();
  for (const entry of all) if (!byId.has(entry.annotation.id)) byId.set(entry.annotation.id, entry);

  const rootOf = (entry: LayeredAnnotation): LayeredAnnotation | null => {
    const seen = new Set<LayeredAnnotation>([entry]);
    let current = entry;
    while (current.annotation.replyTo !== undefined) {
      const parent = byId.get(current.annotation.replyTo);
      if (!parent || seen.has(parent)) return null;
      seen.add(parent);
      current = parent;
    }
    return current;
  };

  const roots: LayeredAnnotation[] = [];
  const repliesOf = new Map<LayeredAnnotation, LayeredAnnotation[]>();
  const replies: { reply: LayeredAnnotation; root: LayeredAnnotation }[] = [];
  for (const entry of all) {
    const root = entry.annotation.replyTo === undefined ? entry : rootOf(entry);
    if (root === null || root === entry) roots.push(entry);
    else replies.push({ reply: entry, root });
  }
  for (const root of roots) repliesOf.set(root, []);
  const order = new Map(all.map((entry, i) => [entry, i]));
  replies
    .sort((x, y) => compareTimes(x.reply, y.reply) || order.get(x.reply)! - order.get(y.reply)!)
    .forEach(({ reply, root }) => repliesOf.get(root)!.push(reply));
  return { roots, repliesOf };
}

function compareTimes(x: LayeredAnnotation, y: LayeredAnnotation): number {
  const a = x.annotation.createdAt;
  const b = y.annotation.createdAt;
  return a < b ? -1 : a > b ? 1 : 0;
}
