/**
 * What a new version of a document did to the user's highlights, in words for the report
 * dialog and the message after Undo.
 */
import type { NewVersionReport } from '../../../shared/api';
import { plural } from '../../../shared/text/plural';

/** "“Title” now has the new text. 2 highlights unchanged, 1 moved, 1 changed, 1 could not be found (kept as orphans)." */
export function newVersionSummary(title: string, report: NewVersionReport): string {
  const { unchanged, moved, changed, orphaned } = report;
  const total = unchanged + moved.length + changed.length + orphaned.length;
  const lead = `“${title}” now has the new text.`;
  if (total === 0) return `${lead} It had no highlights to find again.`;
  const lost = orphaned.length > 0 ? ' (kept as orphans)' : '';
  return `${lead} ${plural(unchanged, 'highlight')} unchanged, ${moved.length} moved, ${changed.length} changed, ${orphaned.length} could not be found${lost}.`;
}

/** The message once a new version was undone: the earlier text and highlights are back. */
export function newVersionUndoneText(title: string): string {
  return `“${title}” has its earlier text again, with its highlights as they were. Highlights made on the new text are kept.`;
}
