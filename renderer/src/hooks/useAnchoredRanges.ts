/**
 * Where each annotation is in the text, without holding up the first paint. Stored positions
 * that still hold their quote and context are trusted at once, during render. The others (the
 * text changed) are searched for afterwards, nearest the reader's place first, in slices of a
 * few milliseconds between frames; until then their range is undefined (neither placed nor an
 * orphan). Results are kept per annotation object, so a change to one annotation never
 * searches the others again.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Anchorer, type TextRange } from '../../../shared/anchoring';
import type { HighlightRange } from '../../../shared/highlights/segments';
import type { Annotation } from '../../../shared/model';

/** Resolved ranges by annotation id: a range, null for an orphan; absent while being searched for. */
export type AnchoredRanges = ReadonlyMap<string, HighlightRange | null>;

/** How long one slice of searching may take, in milliseconds, before the page gets a turn. */
const SLICE_MS = 12;

interface FirstPass {
  ranges: Map<string, HighlightRange | null>;
  /** Annotations whose stored position could not be trusted, still to be searched for. */
  pending: Annotation[];
  /** Which slice of the search this pass includes. */
  slices?: number;
}

function hintOf(annotation: Annotation): number {
  const position = annotation.target.selector.find((s) => s.type === 'TextPositionSelector');
  return position?.type === 'TextPositionSelector' ? position.start : 0;
}

/**
 * Anchors `annotations` in `text` (null while the document loads). `near` gives where the
 * reader is, as a fraction of the text (0 to 1), so the passages there are searched for first.
 */
export function useAnchoredRanges(text: string | null, annotations: readonly Annotation[], near?: () => number): AnchoredRanges {
  // One Anchorer per text (it keeps the index the search builds), and what the search found, by annotation object.
  const memory = useRef<{ text: string | null; anchorer: Anchorer | null; found: WeakMap<Annotation, TextRange | null> }>({
    text: null,
    anchorer: null,
    found: new WeakMap(),
  });
  if (memory.current.text !== text) memory.current = { text, anchorer: text === null ? null : new Anchorer(text), found: new WeakMap() };
  const { anchorer, found } = memory.current;
  // Counts the slices searched so far; each brings in what it found.
  const [slices, setSlices] = useState(0);

  const first = useMemo<FirstPass>(() => {
    const ranges = new Map<string, HighlightRange | null>();
    const pending: Annotation[] = [];
    if (!anchorer) return { ranges, pending };
    for (const a of annotations) {
      const range = found.has(a) ? found.get(a)! : anchorer.trusted(a.target.selector);
      if (range || found.has(a)) ranges.set(a.id, range ? { id: a.id, ...range } : null);
      else pending.push(a);
    }
    return { ranges, pending, slices };
  }, [anchorer, found, annotations, slices]);

  const nearRef = useRef(near);
  nearRef.current = near;
  useEffect(() => {
    const { pending } = first;
    if (!anchorer || pending.length === 0) return;
    // One slice per turn: the passages nearest the reader's place first.
    const timer = setTimeout(() => {
      const at = (nearRef.current?.() ?? 0) * anchorer.text.length;
      const order = [...pending].sort((a, b) => Math.abs(hintOf(a) - at) - Math.abs(hintOf(b) - at));
      const until = performance.now() + SLICE_MS;
      for (let i = 0; i < order.length && (i === 0 || performance.now() < until); i++) found.set(order[i]!, anchorer.anchor(order[i]!.target.selector));
      setSlices((n) => n + 1);
    }, 0);
    return () => clearTimeout(timer);
  }, [first, anchorer, found]);

  return first.ranges;
}
