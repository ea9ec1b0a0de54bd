/**
 * Reading a user's text file from disk, with the checks that keep bad input out of the library,
 * and parsing it in a worker thread so that no file can freeze the main process.
 */
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { ServiceError } from '../../shared/errors';
import { ALL_IMPORTABLE_EXTENSIONS } from '../../shared/import';
import type { ParsedText } from '../../shared/import/plainText';
import { runInWorker, type WorkerRunOptions } from './worker/runInWorker';

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

/** True when the bytes look binary: a NUL byte, or many control characters, near the start. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/** Decodes UTF-8 (a BOM is dropped), throwing a ServiceError that names the file when it is not text. */
export function decodeText(name: string, bytes: Uint8Array): string {
  if (looksBinary(bytes)) {
    throw new ServiceError(
      'BINARY_FILE',
      `“${name}” doesn't look like a text file (it contains binary data), so it was not imported.`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ServiceError(
      'BINARY_FILE',
      `“${name}” isn't valid UTF-8 text, so it was not imported. Save it as UTF-8 and try again.`,
    );
  }
}

/**
 * Reads and checks a text file: its type by name, its size before reading, emptiness,
 * binary content and UTF-8 validity. Throws a ServiceError with a message for the user.
 */
export async function readTextFile(filePath: string): Promise<ReadTextFile> {
  const name = path.basename(filePath);
  const extension = path.extname(name).slice(1).toLowerCase();
  if (!TEXT_EXTENSIONS.includes(extension)) {
    throw new ServiceError('UNSUPPORTED_FILE', `“${name}” is not a text, Markdown or HTML file. Marginalia can open .txt, .md and .html files.`);
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
  const text = decodeText(name, bytes);
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
