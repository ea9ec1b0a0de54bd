/**
 * How an import's report is put into words: the preview's counts per document, whose layers
 * get what, the unmatched annotations grouped by book or page, the sentence when nothing would
 * be imported, and the message after the import was confirmed.
 */
import type { ImportReport } from '../../../shared/api';
import { plural } from '../../../shared/text/plural';

type DocumentReport = ImportReport['documents'][number];

/** Each format's name as the user knows the tool. */
export const FORMAT_NAMES: Readonly<Record<ImportReport['format'], string>> = {
  w3c: 'W3C Web Annotations',
  hypothesis: 'Hypothesis export',
  readium: 'Readium or Thorium annotations',
  kindle: 'Kindle clippings',
  readwise: 'Readwise export',
};

const ROUTED_BY: Readonly<Record<string, string>> = {
  given: 'All onto this document, as you chose.',
  source: 'Matched by the address or file name they were made on.',
  title: 'Matched by its title.',
  quote: 'Matched by finding their passages in its text.',
};

/** How the annotations found this document, as a sentence. */
export function routedByText(routedBy: string): string {
  return ROUTED_BY[routedBy] ?? 'Matched to this document.';
}

/** How many annotations the import would write into `document` (found, approximate and orphans, in every layer). */
export function documentImportCount(document: DocumentReport): number {
  return document.layers.reduce((sum, layer) => sum + layer.count, 0);
}

/** How many annotations confirming the import would write, across the library. */
export function importCount(report: ImportReport): number {
  return report.documents.reduce((sum, d) => sum + documentImportCount(d), 0);
}

/** The counts of one document that are not zero: "2 found exactly", "1 already here, skipped", … */
export function documentCountLines(document: DocumentReport): string[] {
  return [
    document.exact > 0 ? `${document.exact} found exactly` : '',
    document.approximate > 0 ? `${document.approximate} found where the text differs a little` : '',
    document.orphans.length > 0 ? plural(document.orphans.length, 'kept as orphan', 'kept as orphans') + ' (passage not found)' : '',
    document.duplicates > 0 ? `${document.duplicates} already here, skipped` : '',
  ].filter(Boolean);
}

/** One layer's share: "Your notes: 3", "alice (read-only layer): 1". */
export function layerShareText(layer: DocumentReport['layers'][number]): string {
  return layer.own ? `Your notes: ${layer.count}` : `${layer.name.trim() || 'Unnamed reader'} (read-only layer): ${layer.count}`;
}

/** Unmatched annotations of one book or page, and why they matched no document. */
export interface UnmatchedGroup {
  title: string;
  reason: string;
  quotes: string[];
}

/** The unmatched annotations grouped by title and reason, in the order they first appear. */
export function groupUnmatched(unmatched: ImportReport['unmatched']): UnmatchedGroup[] {
  const groups = new Map<string, UnmatchedGroup>();
  for (const item of unmatched) {
    const key = JSON.stringify([item.title, item.reason]);
    const group = groups.get(key) ?? { title: item.title, reason: item.reason, quotes: [] };
    group.quotes.push(item.quote);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Why nothing would be imported, as one sentence; null when something would be. */
export function nothingToImportText(report: ImportReport): string | null {
  if (importCount(report) > 0) return null;
  const duplicates = report.documents.reduce((sum, d) => sum + d.duplicates, 0);
  const reasons = [
    duplicates > 0 ? `${duplicates === 1 ? 'the one annotation found is' : duplicates === 2 ? 'both annotations found are' : `all ${duplicates} annotations found are`} already in your library` : '',
    report.unmatched.length > 0 ? `${plural(report.unmatched.length, 'annotation')} matched no document in your library (open or add the document first, then import again)` : '',
  ].filter(Boolean);
  if (reasons.length === 0) return 'Nothing would be imported: the file holds no annotations Marginalia could read.';
  return `Nothing would be imported: ${reasons.join(', and ')}.`;
}

/** What the message says after an import from `fileName` was confirmed. */
export function importedText(fileName: string, report: ImportReport): string {
  const total = importCount(report);
  const receiving = report.documents.filter((d) => documentImportCount(d) > 0);
  const into =
    receiving.length === 1 ? ` onto “${receiving[0]!.title}”` : receiving.length > 1 ? `: ${receiving.map((d) => `${documentImportCount(d)} onto “${d.title}”`).join(', ')}` : '';
  const duplicates = report.documents.reduce((sum, d) => sum + d.duplicates, 0);
  const orphans = report.documents.reduce((sum, d) => sum + d.orphans.length, 0);
  const sentences = [
    `Imported ${plural(total, 'annotation')} from “${fileName}”${into}.`,
    duplicates > 0 ? `Skipped ${plural(duplicates, 'annotation')} already there.` : '',
    orphans > 0 ? `${plural(orphans, 'passage was', 'passages were')} not found; ${orphans === 1 ? 'it is' : 'they are'} listed under Orphans.` : '',
    report.unmatched.length > 0 ? `${report.unmatched.length} matched no document, so ${report.unmatched.length === 1 ? 'it was' : 'they were'} left out.` : '',
    report.problems.length > 0 ? `Parts of the file could not be read (${plural(report.problems.length, 'problem')}, shown in the preview).` : '',
  ];
  return sentences.filter(Boolean).join(' ');
}
