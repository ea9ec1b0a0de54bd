import { truncate, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, looksBinary, parseDocumentOffThread, readTextFile } from '../../../../electron/services/fileImport';
import { runningWorkers } from '../../../../electron/services/worker/runInWorker';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

async function fileWith(name: string, content: string | Buffer): Promise<string> {
  const file = path.join(await tempDir(), name);
  await writeFile(file, content);
  return file;
}

describe('readTextFile', () => {
  it('decodes UTF-8 and drops a BOM', async () => {
    expect(await readTextFile(await fileWith('a.txt', '\uFEFFcaf\u00e9 \u201cq\u201d'))).toEqual({ name: 'a.txt', text: 'caf\u00e9 \u201cq\u201d' });
  });

  it('accepts the .TXT extension in any case', async () => {
    await expect(readTextFile(await fileWith('A.TXT', 'hello'))).resolves.toMatchObject({ text: 'hello' });
  });

  it.each([
    ['empty.txt', '', 'EMPTY_FILE'],
    ['spaces.txt', ' \n\t ', 'EMPTY_FILE'],
    ['nul.txt', Buffer.from([104, 105, 0, 105]), 'BINARY_FILE'],
    ['latin1-too-short-to-tell.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'UNSUPPORTED_FILE'],
    ['doc.pdf', 'text', 'UNSUPPORTED_FILE'],
  ])('refuses %s with %s', async (name, content, code) => {
    await expect(readTextFile(await fileWith(name, content))).rejects.toMatchObject({ code });
  });

  it('refuses a file over the limit without reading it', async () => {
    const file = await fileWith('big.txt', 'x');
    await truncate(file, MAX_IMPORT_BYTES + 1);
    await expect(readTextFile(file)).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
  });

  it('accepts a file exactly at the limit', async () => {
    const file = await fileWith('limit.txt', Buffer.alloc(MAX_IMPORT_BYTES, 0x61));
    await expect(readTextFile(file)).resolves.toMatchObject({ name: 'limit.txt' });
  });

  it('reports missing files and folders as unreadable', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'folder.txt'));
    await expect(readTextFile(path.join(dir, 'missing.txt'))).rejects.toMatchObject({ code: 'UNREADABLE_FILE' });
    await expect(readTextFile(path.join(dir, 'folder.txt'))).rejects.toMatchObject({ code: 'UNREADABLE_FILE' });
  });
});

describe('looksBinary', () => {
  it('flags many control characters but not tabs and newlines', () => {
    expect(looksBinary(Buffer.from('a\tb\r\nc\f'))).toBe(false);
    expect(looksBinary(Buffer.from([1, 2, 3, 4, 65]))).toBe(true);
  });
});

describe('parseDocumentOffThread', () => {
  it('parses a file read from disk in a worker, with the importer its name calls for', async () => {
    const file = await readTextFile(await fileWith('page.html', '<title>T &amp;amp; U</title><h1>Head</h1><p>Body &amp;lt;</p>'));
    expect(await parseDocumentOffThread(file.name, file.text)).toEqual({
      title: 'T &amp; U',
      text: 'Head\n\nBody &lt;',
      blocks: [
        { kind: 'heading', start: 0, end: 4 },
        { kind: 'paragraph', start: 6, end: 15 },
      ],
    });
    expect(runningWorkers()).toBe(0);
  });

  it('gives up on a file that takes too long to parse, saying nothing was imported', async () => {
    const file = await readTextFile(await fileWith('slow.md', '!['.repeat(4 << 20)));
    await expect(parseDocumentOffThread(file.name, file.text, { timeoutMs: 100 })).rejects.toMatchObject({
      code: 'UNREADABLE_FILE',
      message: '“slow.md” took too long to read (over 100 ms), so nothing was imported.',
    });
    expect(runningWorkers()).toBe(0);
  });
});
