import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesInArgv, holdsAnnotations, openEach } from '../../../../electron/main/openFiles';
import { createServices } from '../../../../electron/services/createServices';
import { utf16WithBom } from '../../../support/encodedBytes';
import { THREE_CHAPTERS, buildEpub } from '../../../support/epubBuilder';
import { threePagePdf } from '../../../support/pdfBuilder';
import { useTempDirs } from '../../../support/tempDir';

const SAMPLES_DIR = path.resolve(__dirname, '../../../../assets/samples');
const tempDir = useTempDirs();

describe('files opened from outside the window', () => {
  it('takes absolute paths of files the app reads from a command line, and nothing else', () => {
    expect(filesInArgv(['/opt/Marginalia/marginalia', '--no-sandbox', '/home/a/week3.marginalia', 'relative.marginalia', '/home/a/notes.md', '/home/a/photo.png', '/home/a/Notes.TXT'])).toEqual([
      '/home/a/week3.marginalia',
      '/home/a/notes.md',
      '/home/a/Notes.TXT',
    ]);
  });

  it('takes books too, and the file: URLs a Linux file manager passes for a double-clicked file (%U), decoded', () => {
    expect(
      filesInArgv([
        '/opt/Marginalia/marginalia',
        '/home/a/Book.EPUB',
        'file:///home/a/My%20Paper.pdf',
        'file:///home/a/week%203.marginalia',
        'file://other-host/home/a/shared.pdf',
        'https://example.org/paper.pdf',
        'file:///home/a/photo.png',
      ]),
    ).toEqual(['/home/a/Book.EPUB', '/home/a/My Paper.pdf', '/home/a/week 3.marginalia']);
  });

  it('opens a double-clicked EPUB and PDF as File → Open… would', async () => {
    const dataDir = await tempDir();
    const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR });
    const epub = path.join(dataDir, 'Three Chapters.epub');
    const pdf = path.join(dataDir, 'paper.pdf');
    await writeFile(epub, buildEpub({ title: 'Three Chapters', chapters: THREE_CHAPTERS }));
    await writeFile(pdf, threePagePdf());
    const opened = await openEach(services, filesInArgv(['marginalia', epub, `file://${pdf}`]));
    expect(opened.map((o) => [o.name, o.result.ok])).toEqual([
      ['Three Chapters.epub', true],
      ['paper.pdf', true],
    ]);
  });

  it('opens each dropped file on its own: one bad file never stops the others', async () => {
    const dataDir = await tempDir();
    const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR });
    const good = path.join(dataDir, 'good.txt');
    const empty = path.join(dataDir, 'empty.txt');
    const bad = path.join(dataDir, 'bad.marginalia');
    await writeFile(good, 'A note to open.\n\nSecond paragraph.\n');
    await writeFile(empty, '');
    await writeFile(bad, '{"format":"marginalia-packet","formatVersion":7}');
    const opened = await openEach(services, [empty, good, bad, 'relative.txt', 42]);
    expect(opened.map((o) => [o.name, o.result.ok ? o.result.value.status : o.result.error.code])).toEqual([
      ['empty.txt', 'EMPTY_FILE'],
      ['good.txt', 'imported'],
      ['bad.marginalia', 'INVALID_PACKET'],
      ['relative.txt', 'INVALID_ARGUMENT'],
      ['file', 'INVALID_ARGUMENT'],
    ]);
    expect((await services.listDocuments({})).map((d) => d.title)).toContain('good');
    expect(await openEach(services, Array.from({ length: 21 }, () => good))).toMatchObject([{ result: { ok: false, error: { code: 'INVALID_ARGUMENT' } } }]);
  });
});

describe('holdsAnnotations', () => {
  const clippings = 'A book (An Author)\r\n- Your Highlight on page 1 | Location 10-12 | Added on Monday, 3 March 2025 10:00:00\r\n\r\nA “quoted” line.\r\n==========\r\n';

  it.each([
    ['UTF-8', Buffer.from(clippings)],
    ['UTF-8 with a BOM', Buffer.from(`\uFEFF${clippings}`)],
    ['UTF-16 LE with a BOM', utf16WithBom(clippings, 'le')],
    ['UTF-16 BE with a BOM', utf16WithBom(clippings, 'be')],
  ])('recognises Kindle clippings saved as %s', async (_, bytes) => {
    const file = path.join(await tempDir(), 'My Clippings.txt');
    await writeFile(file, bytes);
    expect(await holdsAnnotations(file)).toBe(true);
  });

  it('leaves an ordinary text file to be opened as a document', async () => {
    const file = path.join(await tempDir(), 'notes.txt');
    await writeFile(file, utf16WithBom('Just some notes.\r\n', 'le'));
    expect(await holdsAnnotations(file)).toBe(false);
  });
});
