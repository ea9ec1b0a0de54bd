/**
 * A document's annotations as the exports list them: anchored ones in reading order, then the
 * orphans (passages no longer found), each with the PDF page it starts on when the document has pages.
 */
import { Anchorer } from '../anchoring';
import type { Annotation, DocumentRecord } from '../model';
import { pageAt } from './pageCitation';

/** One annotation placed in its document. */
export interface PlacedAnnotation {
  annotation: Annotation;
  /** Where its passage is now, or null for an orphan. */
  range: { start: number; end: number } | null;
  /** The page its passage starts on, for documents whose blocks carry pages (PDF). */
  page: number | undefined;
}

/** Annotations in reading order (by start, then end), orphans last in their given order. */
export function inReadingOrder(document: DocumentRecord, annotations: readonly Annotation[]): PlacedAnnotation[] {
  const anchorer = new Anchorer(document.text);
  const placed = annotations.map((annotation) => {
    const range = anchorer.anchor(annotation.target.selector);
    return { annotation, range, page: range ? (pageAt(document.blocks, range.start) ?? undefined) : undefined };
  });
  const anchored = placed.filter((p) => p.range !== null).sort((x, y) => x.range!.start - y.range!.start || x.range!.end - y.range!.end);
  return [...anchored, ...placed.filter((p) => p.range === null)];
}
