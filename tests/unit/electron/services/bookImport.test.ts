/**
 * EPUB and PDF files through the real import service (read, parsed in the worker, written to
 * the library), and dropped together with a text file through openPaths, each reported.
 */
import { readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createUserApi } from '../../../../electron/main/userApi';
import { MAX_BOOK_BYTES } from '../../../../electron/services/bookFile';
import { createServices } from '../../../../electron/services/createServices';
import { dataPaths } from '../../../../electron/services/dataLayout';
import { runningWorkers } from '../../../../electron/services/worker/runInWorker';
import { markdownOptions } from '../../../../shared/apiSchemas';
import type { DocumentRecord } from '../../../../shared/model';
import { THREE_CHAPTERS, buildEpub, declareSize, epubEntries, zipEpub } from '../../../support/epubBuilder';
import { buildPdf, threePagePdf } from '../../../support/pdfBuilder';
import { answeringDialogs } from '../../../support/dialogs';
import { useTempDirs } from '../../../support/tempDir';

const SAMPLES_DIR = path.resolve(__dirname, '../../../../assets/samples');
const tempDir = useTempDirs();

async function setUp() {
  const dir = await tempDir();
  const dataDir = path.join(dir, 'data');
  const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR });
  const api = { ...services, openPaths: createUserApi(services, answeringDialogs()).openPaths };
  const write = async (name: string, bytes: Uint8Array | string) => {
    const file = path.join(dir, name);
    await writeFile(file, bytes);
    return file;
  };
  const stored = async (id: string) => JSON.parse(await readFile(dataPaths(dataDir).document(id), 'utf8')) as DocumentRecord;
  return { api, write, stored };
}

// Each book starts a worker that loads pdf.js from TypeScript source (slow on a busy machine).
describe('importing an EPUB', { timeout: 120_000 }, () => {
  it('imports the chapters in order with their headings, and the OPF title', async () => {
    const { api, write, stored } = await setUp();
    const outcome = await api.importDocumentFile({ path: await write('tales.epub', buildEpub({ title: 'Village Tales', chapters: THREE_CHAPTERS })) });
    expect(outcome).toMatchObject({ status: 'imported', document: { title: 'Village Tales', source: { name: 'tales.epub' } } });
    expect(outcome).not.toHaveProperty('leftOut');
    const doc = await stored(outcome.document.id);
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => doc.text.slice(b.start, b.end))).toEqual(['The River', 'The Mountain', 'The Lantern']);
    expect(runningWorkers()).toBe(0);
  });

  it('keeps the book’s author, in the library, the document, and the exports that cite it', async () => {
    const { api, write, stored } = await setUp();
    const outcome = await api.importDocumentFile({ path: await write('tales.epub', buildEpub({ title: 'Village Tales', author: '  Ada   Writer ', chapters: THREE_CHAPTERS })) });
    expect(outcome.document.author).toBe('Ada Writer');
    expect((await api.listDocuments({})).find((d) => d.id === outcome.document.id)?.author).toBe('Ada Writer');
    expect((await stored(outcome.document.id)).author).toBe('Ada Writer');
    const start = (await api.getDocument({ documentId: outcome.document.id })).text.indexOf('Above the village');
    await api.createAnnotation({ documentId: outcome.document.id, start, end: start + 'Above the village'.length, color: 'yellow', note: '', tags: [] });
    const markdown = await api.previewExport({ documentId: outcome.document.id, format: 'md', markdown: markdownOptions.parse(undefined), layer: 'own' });
    expect(markdown.text).toMatch(/^---\ntitle: "Village Tales"\nauthor: "Ada Writer"\nsource: "tales\.epub"\n/);
    const citation = await api.previewExport({ documentId: outcome.document.id, format: 'md', markdown: markdownOptions.parse(undefined), layer: 'own', template: { preset: 'citation' } });
    expect(citation.text).toContain('“Above the village” — Ada Writer, Village Tales');
  });

  it('imports an EPUB 2 with toc.ncx', async () => {
    const { api, write } = await setUp();
    const outcome = await api.importDocumentFile({ path: await write('old.epub', buildEpub({ title: 'Old Tales', version: 2, chapters: THREE_CHAPTERS })) });
    expect(outcome).toMatchObject({ status: 'imported', document: { title: 'Old Tales' } });
  });

  it('imports the rest of a book with a missing chapter and reports it', async () => {
    const { api, write } = await setUp();
    const outcome = await api.importDocumentFile({ path: await write('gap.epub', buildEpub({ chapters: THREE_CHAPTERS, missingChapters: [2] })) });
    expect(outcome).toMatchObject({ status: 'imported', leftOut: ['Chapter 3 (“text/chapter%203.xhtml”) is missing from the book, so it was left out.'] });
  });

  it.each([
    ['drm.epub', () => buildEpub({ chapters: THREE_CHAPTERS, encryption: 'drm' }), /“drm\.epub” is protected by DRM/],
    ['bomb.epub', () => declareSize(buildEpub({ chapters: THREE_CHAPTERS }), 'OEBPS/text/chapter 1.xhtml', 0xffff_fff0), /would unpack to more than 500 MB/],
    ['broken.epub', () => Uint8Array.from([80, 75, 3, 4, 1, 2, 3]), /“broken\.epub” is not a readable EPUB/],
  ])('refuses %s with a sentence that says why, importing nothing', async (name, bytes, message) => {
    const { api, write } = await setUp();
    await expect(api.importDocumentFile({ path: await write(name, bytes()) })).rejects.toThrow(message);
    expect(await api.listDocuments({})).toHaveLength(3); // the samples only
  });

  it('ignores entries whose paths leave the archive', async () => {
    const { api, write } = await setUp();
    const entries = { ...epubEntries({ chapters: THREE_CHAPTERS }), '../../evil.xhtml': '<p>evil</p>' };
    const outcome = await api.importDocumentFile({ path: await write('evil.epub', zipEpub(entries)) });
    expect(outcome.status).toBe('imported');
  });

  it('refuses a book over the size limit before reading it', async () => {
    const { api, write } = await setUp();
    const file = await write('huge.epub', 'x');
    await truncate(file, MAX_BOOK_BYTES + 1);
    await expect(api.importDocumentFile({ path: file })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
  });
});

describe('importing a PDF', { timeout: 120_000 }, () => {
  it('reads paragraphs with their pages, without running headers and page numbers, re-joining hyphenated words', async () => {
    const { api, write, stored } = await setUp();
    const outcome = await api.importDocumentFile({ path: await write('rivers.pdf', threePagePdf()) });
    expect(outcome).toMatchObject({ status: 'imported', document: { title: 'rivers' } });
    const doc = await stored(outcome.document.id);
    expect(doc.blocks.map((b) => [doc.text.slice(b.start, b.end), b.page])).toEqual([
      ['The river ran past the mill at dawn, and the miller watched the water turn the wheel.', 1],
      ['Nobody in the village remembered the river frozen, not even the oldest fisherman on the bank.', 1],
      ['Above the village the mountain kept its snow all year.', 2],
      ['At night a lantern burned in the last window.', 3],
    ]);
  });

  it('refuses a PDF without a text layer, saying it needs OCR', async () => {
    const { api, write } = await setUp();
    const scanned = buildPdf([{ lines: [], image: true }, { lines: [], image: true }]);
    await expect(api.importDocumentFile({ path: await write('Scan.pdf', scanned) })).rejects.toThrow(
      /“Scan\.pdf” has no text layer \(it is probably scanned images\), so there is nothing to highlight\. Run it through OCR first/,
    );
  });

  it('refuses a PDF that needs a password, saying so', async () => {
    const { api, write } = await setUp();
    await expect(api.importDocumentFile({ path: await write('Locked.pdf', buildPdf([{ lines: [{ text: 'Secret', y: 700 }] }], { passwordProtected: true })) })).rejects.toThrow(
      /“Locked\.pdf” is protected by a password, so Marginalia cannot read its text/,
    );
  });

  it('refuses a damaged PDF', async () => {
    const { api, write } = await setUp();
    await expect(api.importDocumentFile({ path: await write('bad.pdf', '%PDF-1.4\nthis is not really a pdf') })).rejects.toThrow(/“bad\.pdf” is not a readable PDF/);
    expect(runningWorkers()).toBe(0);
  });
});

describe('dropping several files at once', { timeout: 120_000 }, () => {
  it('opens an EPUB, a PDF and a text file, and reports each, a bad one among them', async () => {
    const { api, write } = await setUp();
    const files = [
      await write('tales.epub', buildEpub({ title: 'Village Tales', chapters: THREE_CHAPTERS })),
      await write('Scan.pdf', buildPdf([{ lines: [], image: true }])),
      await write('rivers.pdf', threePagePdf()),
      await write('note.txt', 'A short note.\n\nWith two paragraphs.'),
    ];
    const opened = await api.openPaths(files);
    expect(opened.map((o) => [o.name, o.result.ok])).toEqual([
      ['tales.epub', true],
      ['Scan.pdf', false],
      ['rivers.pdf', true],
      ['note.txt', true],
    ]);
  });
});
