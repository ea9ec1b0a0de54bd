/**
 * A document gets a new version: every annotation is anchored again on the new text and told
 * apart as unchanged (same passage, same place), moved (same passage, elsewhere), changed (its
 * passage was edited; the new wording is taken) or orphaned (its passage is gone; it keeps the
 * selectors it was made with, so it still shows the old passage and can be re-attached).
 */
import { Anchorer, describeRange } from '../anchoring';
import { quoteOf, type Annotation } from '../model';

/** What happened to each annotation when the text was replaced. */
export interface NewVersionReport {
  unchanged: number;
  moved: { id: string; quote: string }[];
  changed: { id: string; before: string; after: string }[];
  orphaned: { id: string; quote: string }[];
}

function positionOf(a: Annotation): number | null {
  const position = a.target.selector.find((s) => s.type === 'TextPositionSelector');
  return position?.type === 'TextPositionSelector' ? position.start : null;
}

/** The annotations anchored again on `text`, and the report of what moved, changed and was orphaned. */
export function anchorOnNewVersion(text: string, annotations: readonly Annotation[], now: string): { annotations: Annotation[]; report: NewVersionReport } {
  const anchorer = new Anchorer(text);
  const report: NewVersionReport = { unchanged: 0, moved: [], changed: [], orphaned: [] };
  const next = annotations.map((a) => {
    const range = anchorer.anchor(a.target.selector);
    const before = quoteOf(a);
    if (!range) {
      report.orphaned.push({ id: a.id, quote: before });
      return a;
    }
    const selector = describeRange(text, range.start, range.end);
    const after = text.slice(range.start, range.end);
    if (after !== before) report.changed.push({ id: a.id, before, after });
    else if (positionOf(a) !== range.start) report.moved.push({ id: a.id, quote: before });
    else report.unchanged++;
    return { ...a, target: { selector }, updatedAt: after !== before ? now : a.updatedAt };
  });
  return { annotations: next, report };
}
