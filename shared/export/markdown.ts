/**
 * Markdown export of one document's highlights, with notes and tags, in reading order.
 */
import { Anchorer } from '../anchoring';
import { HIGHLIGHT_COLOR_NAMES, quoteOf, type Annotation, type DocumentRecord } from '../model';
import { escapeMarkdownText, toBlockQuote, toHashtag, yamlString } from './escapeMarkdown';

/** Options for {@link exportDocumentMarkdown}. */
export interface MarkdownExportOptions {
  /** ISO timestamp written to the front matter; injected so exports are reproducible in tests. */
  exportedAt: string;
}

function highlightSection(annotation: Annotation): string[] {
  const lines = [...toBlockQuote(escapeMarkdownText(quoteOf(annotation))), ''];
  if (annotation.note.trim().length > 0) lines.push(...escapeMarkdownText(annotation.note), '');
  const meta = [`Colour: ${HIGHLIGHT_COLOR_NAMES[annotation.color]}`];
  if (annotation.tags.length > 0) meta.push(`Tags: ${annotation.tags.map(toHashtag).join(' ')}`);
  lines.push(meta.join(' · '), '');
  return lines;
}

/**
 * Renders a document's annotations as Markdown: YAML front matter, the title, then each
 * highlight as a block quote followed by its note and a colour/tags line. Highlights whose
 * passage can no longer be found are listed last under "Orphaned highlights", never dropped.
 */
export function exportDocumentMarkdown(
  document: DocumentRecord,
  annotations: readonly Annotation[],
  options: MarkdownExportOptions,
): string {
  const anchorer = new Anchorer(document.text);
  const placed = annotations.map((a) => ({ a, range: anchorer.anchor(a.target.selector) }));
  const anchored = placed
    .filter((p) => p.range !== null)
    .sort((x, y) => x.range!.start - y.range!.start || x.range!.end - y.range!.end);
  const orphans = placed.filter((p) => p.range === null);
  const tags = [...new Set(annotations.flatMap((a) => a.tags))].sort((x, y) => x.localeCompare(y));

  const out = [
    '---',
    `title: ${yamlString(document.title)}`,
    `source: ${yamlString(document.source.name)}`,
    `imported: ${yamlString(document.source.importedAt)}`,
    `exported: ${yamlString(options.exportedAt)}`,
    `highlights: ${annotations.length}`,
    `tags: [${tags.map(yamlString).join(', ')}]`,
    '---',
    '',
    `# ${escapeMarkdownText(document.title).join(' ')}`,
    '',
  ];
  if (annotations.length === 0) out.push('No highlights yet.', '');
  for (const { a } of anchored) out.push(...highlightSection(a));
  if (orphans.length > 0) {
    out.push('## Orphaned highlights', '', 'These passages could not be found in the current text.', '');
    for (const { a } of orphans) out.push(...highlightSection(a));
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
