/**
 * Reading a user's text file from disk, with the checks that keep bad input out of the library,
 * and parsing it in a worker thread so that no file can freeze the main process.
 */
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { ServiceError } from '../../shared/errors';
import { ALL_IMPORTABLE_EXTENSIONS, IMPORTABLE_EXTENSIONS } from '../../shared/import';
import type { ParsedText } from '../../shared/import/plainText';
import { decodeUserText } from './textDecoding';
import { runInWorker, type WorkerRunOptions } from './worker/runInWorker';

export { looksBinary } from './textDecoding';

/** Largest file the app imports. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** File name endings the importers accept (plain text, Markdown, HTML). */
export const TEXT_EXTENSIONS = ALL_IMPORTABLE_EXTENSIONS;

/** A file read and decoded, ready for a parser. */
export interface ReadTextFile {
  name: string;
  text: string;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Decodes a text file's bytes in whatever encoding it can be sure of (see textDecoding.ts;
 * `html` honours a `<meta charset>`), dropping a BOM; throws a ServiceError that names the file
 * when it is binary or in an encoding that cannot be recognised for certain.
 */
export async function decodeText(name: string, bytes: Uint8Array, options: { html?: boolean } = {}): Promise<string> {
  return (await decodeUserText(name, bytes, options)).text;
}

/**
 * Reads and checks a text file: its type by name, its size before reading, emptiness,
 * binary content and its encoding (UTF-8, UTF-16 with a BOM, or a legacy one recognised for certain). Throws a ServiceError with a message for the user.
 */
export async function readTextFile(filePath: string): Promise<ReadTextFile> {
  const name = path.basename(filePath);
  const extension = path.extname(name).slice(1).toLowerCase();
  if (!TEXT_EXTENSIONS.includes(extension)) {
    throw new ServiceError('UNSUPPORTED_FILE', `“${name}” is not a file Marginalia can open. It opens text (.txt), Markdown (.md), HTML (.html), EPUB (.epub) and PDF (.pdf) files.`);
  }
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) throw new Error('not a regular file');
    size = info.size;
  } catch {
    throw new ServiceError('UNREADABLE_FILE', `“${name}” could not be read.`);
  }
  if (size > MAX_IMPORT_BYTES) {
    throw new ServiceError(
      'FILE_TOO_LARGE',
      `“${name}” is ${formatMegabytes(size)}; Marginalia can open text files up to ${formatMegabytes(MAX_IMPORT_BYTES)}.`,
    );
  }
  const handle = await open(filePath, 'r').catch(() => {
    throw new ServiceError('UNREADABLE_FILE', `“${name}” could not be read.`);
  });
  let bytes: Uint8Array;
  try {
    // Read at most one byte past the limit, in case the file grew after stat.
    const buffer = Buffer.alloc(Math.min(size, MAX_IMPORT_BYTES) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > MAX_IMPORT_BYTES) {
      throw new ServiceError('FILE_TOO_LARGE', `“${name}” is larger than ${formatMegabytes(MAX_IMPORT_BYTES)}.`);
    }
    bytes = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const text = await decodeText(name, bytes, { html: (IMPORTABLE_EXTENSIONS.html as readonly string[]).includes(extension) });
  if (text.replace(/^\uFEFF/, '').trim().length === 0) {
    throw new ServiceError('EMPTY_FILE', `“${name}” is empty, so there is nothing to import.`);
  }
  return { name, text };
}

/**
 * Parses a decoded file (from {@link readTextFile}) with the importer its name calls for, in a
 * worker thread with a time limit (10 s unless `options.timeoutMs` says otherwise). Rejects
 * with a ServiceError (UNREADABLE_FILE) saying that “name” took too long to read, or could not
 * be read, and that nothing was imported; the worker is gone by then.
 */
export function parseDocumentOffThread(fileName: string, text: string, options: WorkerRunOptions = {}): Promise<ParsedText> {
  return runInWorker('parseDocument', { fileName, text }, { fileName, ...options });
}
