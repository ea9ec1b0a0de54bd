/**
 * Turning documents and their annotations into export files (Markdown, possibly through a
 * template, W3C JSON or CSV), and writing them to disk. The formats themselves live in shared/export.
 */
import { lstat, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ServiceError } from '../../shared/errors';
import { exportCsv } from '../../shared/export/csv';
import { renderTemplate } from '../../shared/export/templates/renderTemplate';
import { exportDocumentMarkdown, exportLibraryMarkdown, type AnnotatedDocument, type ExportFile, type MarkdownOptions } from '../../shared/export/markdown';
import { uniqueFileName } from '../../shared/text/fileName';
import { documentIri, toW3CCollection } from '../../shared/export/w3c';
import type { WriteOutcome } from './serviceApi';

export type ExportFormat = 'md' | 'json' | 'csv';

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

/** One document's export in `format`; Markdown goes through `template` (its text) when one is given. */
export function documentExport(doc: AnnotatedDocument, format: ExportFormat, options: MarkdownOptions, template?: string): string {
  if (format === 'csv') return exportCsv([doc]);
  if (format === 'json') return documentJson(doc);
  return template === undefined ? exportDocumentMarkdown(doc.document, doc.annotations, options) : renderTemplate(template, doc, options);
}

/** Several documents' export files in `format` and `layout`. */
export function libraryExport(
  docs: readonly AnnotatedDocument[],
  format: ExportFormat,
  layout: 'single' | 'per-document',
  options: MarkdownOptions & { title?: string },
  template?: string,
): ExportFile[] {
  if (format === 'md' && template !== undefined) {
    const rendered = docs.map((doc) => ({ doc, content: renderTemplate(template, doc, options) }));
    if (layout === 'single') return [{ name: 'highlights.md', content: rendered.map((r) => r.content).join('\n') }];
    const taken = new Set<string>();
    return rendered.map(({ doc, content }) => ({ name: uniqueFileName(doc.document.title, 'md', taken), content }));
  }
  if (format === 'md') return exportLibraryMarkdown(docs, { ...options, layout });
  if (format === 'csv') {
    if (layout === 'single') return [{ name: 'highlights.csv', content: exportCsv(docs) }];
    const taken = new Set<string>();
    return docs.map((doc) => ({ name: uniqueFileName(doc.document.title, 'csv', taken), content: exportCsv([doc]) }));
  }
  if (layout === 'single') {
    const all = docs.flatMap((d) => d.annotations);
    const collection = toW3CCollection('urn:marginalia:library:annotations', options.title ?? 'Marginalia highlights', all);
    return [{ name: 'highlights.json', content: `${JSON.stringify(collection, null, 2)}\n` }];
  }
  const taken = new Set<string>();
  return docs.map((doc) => ({ name: uniqueFileName(doc.document.title, 'json', taken), content: documentJson(doc) }));
}

/** A file of an export and where it goes. */
export interface ExportTarget {
  path: string;
  content: string;
}

/** Plain words for why a file could not be written. */
function writeFailure(file: string, error: unknown): ServiceError {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
  const why: Record<string, string> = {
    ENOSPC: 'the disk is full',
    EACCES: 'you do not have permission to write there',
    EPERM: 'you do not have permission to write there',
    EROFS: 'that disk is read-only',
    ENOTDIR: 'part of the path is not a folder',
    EISDIR: 'a folder has that name',
  };
  return new ServiceError('WRITE_FAILED', `Could not write “${path.basename(file)}”: ${why[code] ?? code}.`);
}

/** The targets that already exist (as a file, folder or link). */
async function existing(targets: readonly ExportTarget[]): Promise<string[]> {
  const found = await Promise.all(targets.map((t) => lstat(t.path).then(() => t.path, () => null)));
  return found.filter((f): f is string => f !== null);
}

/**
 * Writes export files. Unless `overwrite` is set, nothing is written when any target exists
 * (the caller asks the user, then calls again), and each file is created exclusively, so one
 * that appears meanwhile is not replaced either.
 */
export async function writeExportFiles(
  targets: readonly ExportTarget[],
  overwrite: boolean,
  onWritten: (done: number) => void = () => {},
): Promise<WriteOutcome> {
  if (!overwrite) {
    const found = await existing(targets);
    if (found.length > 0) return { status: 'exists', existing: found };
  }
  const written: string[] = [];
  for (const target of targets) {
    await mkdir(path.dirname(target.path), { recursive: true }).catch((error: unknown) => {
      throw writeFailure(target.path, (error as NodeJS.ErrnoException).code === 'EEXIST' ? { code: 'ENOTDIR' } : error);
    });
    try {
      await writeFile(target.path, target.content, { encoding: 'utf8', flag: overwrite ? 'w' : 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { status: 'exists', existing: [target.path] };
      throw writeFailure(target.path, error);
    }
    written.push(target.path);
    onWritten(written.length);
  }
  return { status: 'written', files: written };
}
