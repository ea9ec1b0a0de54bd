/**
 * The link addresses a document shows: the only addresses the app will offer to open for it.
 */
import type { DocumentRecord } from '../model';

/** Every link address among the document's inline marks. */
export function documentLinks(document: Pick<DocumentRecord, 'blocks'>): Set<string> {
  const links = new Set<string>();
  for (const block of document.blocks) {
    for (const mark of block.marks ?? []) if (mark.kind === 'link' && mark.href !== undefined) links.add(mark.href);
  }
  return links;
}
