/**
 * The link addresses a document shows: the only addresses the app will offer to open for it.
 */
import type { DocumentRecord } from '../model';
import { blockMarks } from './blockMarks';

/** Every link address the document shows: its blocks' link marks as the reader shows them. */
export function documentLinks(document: Pick<DocumentRecord, 'blocks'>): Set<string> {
  const links = new Set<string>();
  for (const block of document.blocks) {
    for (const mark of blockMarks(block)) if (mark.kind === 'link' && mark.href !== undefined) links.add(mark.href);
  }
  return links;
}
