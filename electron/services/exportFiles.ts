/**
 * Turning documents and their annotations into export files (Markdown or W3C JSON), and
 * writing them to disk. The formats themselves live in shared/export.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ServiceError } from '../../shared/errors';
import { exportDocumentMarkdown, exportLibraryMarkdown, type AnnotatedDocument, type ExportFile, type MarkdownOptions } from '../../shared/export/markdown';
import { uniqueFileName } from '../../shared/text/fileName';
import { documentIri, toW3CCollection } from '../../shared/export/w3c';

export type ExportFormat = 'md' | 'json';

/**
 * Narrows documents to the highlights carrying `tag` (all of them without a tag). Documents
 * left with no highlight are dropped unless `keepEmpty`, e.g. for one document asked for by name.
 */
export function withTag(docs: readonly AnnotatedDocument[], tag: string | undefined, keepEmpty = false): AnnotatedDocument[] {
  if (tag === undefined) return [...docs];
  return docs
    .map((d) => ({ document: d.document, annotations: d.annotations.filter((a) => a.tags.includes(tag)) }))
    .filter((d) => keepEmpty || d.annotations.length > 0);
}

/** The W3C collection of one document, as the JSON text written to disk. */
export function documentJson(doc: AnnotatedDocument): string {
  return `${JSON.stringify(toW3CCollection(`${documentIri(doc.document.id)}:annotations`, `Highlights in “${doc.document.title}”`, doc.annotations), null, 2)}\n`;
}

/** One document's export in `format`. */
export function documentExport(doc: AnnotatedDocument, format: ExportFormat, options: MarkdownOptions): string {
  return format === 'md' ? exportDocumentMarkdown(doc.document, doc.annotations, options) : documentJson(doc);
}

/** Several documents' export files in `format` and `layout`. */
export function libraryExport(
  docs: readonly AnnotatedDocument[],
  format: ExportFormat,
  layout: 'single' | 'per-document',
  options: MarkdownOptions & { title?: string },
): ExportFile[] {
  if (format === 'md') return exportLibraryMarkdown(docs, { ...options, layout });
  if (layout === 'single') {
    const all = docs.flatMap((d) => d.annotations);
    const collection = toW3CCollection('urn:marginalia:library:annotations', options.title ?? 'Marginalia highlights', all);
    return [{ name: 'highlights.json', content: `${JSON.stringify(collection, null, 2)}\n` }];
  }
  const taken = new Set<string>();
  return docs.map((doc) => ({ name: uniqueFileName(doc.document.title, 'json', taken), content: documentJson(doc) }));
}

/** Writes a file, turning a failure into a message that names the file and the reason. */
export async function writeExportFile(file: string, content: string): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new ServiceError('WRITE_FAILED', `Could not write “${path.basename(file)}” (${reason}).`);
  }
}
