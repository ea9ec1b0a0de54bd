/**
 * Reading an e-book or PDF from disk and parsing it in the import worker. Unlike text files,
 * these are binary: the bytes are checked for size before they are read, then transferred to
 * the worker, which unzips the EPUB (with limits) or reads the PDF's text layer.
 */
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { ServiceError } from '../../shared/errors';
import { BOOK_EXTENSIONS } from '../../shared/import';
import type { ParsedBook } from '../../shared/import/epub/readEpub';
import { runInWorker, type WorkerRunOptions } from './worker/runInWorker';

/** Largest e-book or PDF the app imports. */
export const MAX_BOOK_BYTES = 200 * 1024 * 1024;

/** Time the worker may take over one book (a long PDF takes a few seconds). */
export const BOOK_TIMEOUT_MS = 60_000;

/** True when `file` is an EPUB or PDF, by its name. */
export function isBookFileName(file: string): boolean {
  return (BOOK_EXTENSIONS as readonly string[]).includes(path.extname(file).slice(1).toLowerCase());
}

/** A book file read from disk. */
export interface ReadBookFile {
  name: string;
  bytes: Uint8Array;
}

/** Reads a book file whole, refusing it before reading when it is over {@link MAX_BOOK_BYTES} or empty. */
export async function readBookFile(filePath: string): Promise<ReadBookFile> {
  const name = path.basename(filePath);
  const unreadable = () => new ServiceError('UNREADABLE_FILE', `“${name}” could not be read, so nothing was imported.`);
  const info = await stat(filePath).catch(() => null);
  if (!info || !info.isFile()) throw unreadable();
  const tooLarge = () =>
    new ServiceError('FILE_TOO_LARGE', `“${name}” is larger than ${MAX_BOOK_BYTES / (1024 * 1024)} MB, the most Marginalia opens, so nothing was imported.`);
  if (info.size > MAX_BOOK_BYTES) throw tooLarge();
  if (info.size === 0) throw new ServiceError('EMPTY_FILE', `“${name}” is empty, so there is nothing to import.`);
  const handle = await open(filePath, 'r').catch(() => {
    throw unreadable();
  });
  try {
    // One byte past the limit, in case the file grew after stat.
    const buffer = new Uint8Array(Math.min(info.size, MAX_BOOK_BYTES) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > MAX_BOOK_BYTES) throw tooLarge();
    return { name, bytes: buffer.subarray(0, bytesRead) };
  } finally {
    await handle.close();
  }
}

/**
 * Parses a book read by {@link readBookFile} in a worker thread with a time limit; resolves with
 * its text, blocks and notes on what was left out, or rejects with a ServiceError for the user.
 */
export function parseBookOffThread(book: ReadBookFile, options: WorkerRunOptions = {}): Promise<ParsedBook> {
  // The bytes move to the worker rather than being copied; `book.bytes` is unusable afterwards.
  const transfer = [book.bytes.buffer as ArrayBuffer];
  return runInWorker('parseBook', { fileName: book.name, bytes: book.bytes }, { fileName: book.name, timeoutMs: BOOK_TIMEOUT_MS, transfer, ...options });
}
