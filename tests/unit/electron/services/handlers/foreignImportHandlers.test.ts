/**
 * Importing other tools' annotations into a real library: routed to the right documents by
 * title and quote, anchored, others' annotations in their own layers, a dry run that writes
 * nothing, and a second import that adds nothing.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../../electron/services/createServices';
import { utf16WithBom } from '../../../../support/encodedBytes';
import { snapshotFolder } from '../../../../support/snapshotFolder';
import { useTempDirs } from '../../../../support/tempDir';

const SAMPLES_DIR = path.resolve(__dirname, '../../../../../assets/samples');
const tempDir = useTempDirs();

function clipping(title: string, quote: string, location: string): string {
  return `${title} (Some Author)\r\n- Your Highlight on page 1 | Location ${location} | Added on Monday, 3 March 2025 10:00:00\r\n\r\n${quote}\r\n==========\r\n`;
}

describe('importing other tools’ annotations', () => {
  it('routes a Kindle file across the library by title and quote, dry run first, and a second import adds nothing', async () => {
    const dataDir = await tempDir();
    const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR });
    const docs = await services.listDocuments({});
    const kremlin = docs.find((d) => d.title === "Syria's new leader at the Kremlin")!;
    const file = path.join(await tempDir(), 'My Clippings.txt');
    await writeFile(
      file,
      '\ufeff' +
        clipping('Syria’s New Leader at the Kremlin', 'The day was rainy and overcast.', '10-12') +
        clipping('A magazine piece', 'the gilded halls of the Kremlin', '20-22') +
        clipping('Syria’s New Leader at the Kremlin', 'A sentence that is not in the article at all, sadly.', '30-31') +
        clipping('An unknown book', 'Nothing in this library says this.', '5-6'),
    );
    const before = await snapshotFolder(dataDir);
    const preview = await services.importForeignFile({ path: file, dryRun: true });
    expect(await snapshotFolder(dataDir)).toEqual(before);
    expect(preview.written).toBe(false);
    expect(preview.report.format).toBe('kindle');
    const onKremlin = preview.report.documents.find((d) => d.documentId === kremlin.id)!;
    expect(onKremlin).toMatchObject({ routedBy: 'title', exact: 2, approximate: 0, duplicates: 0 });
    expect(onKremlin.orphans.map((o) => o.reason)).toEqual([expect.stringMatching(/not in this document/)]);
    // "A magazine piece" has no such title here, but its quote is in the Kremlin article's text.
    expect(preview.report.documents.map((d) => d.documentId)).toEqual([kremlin.id]);
    expect(onKremlin.layers).toEqual([{ name: 'You', own: true, count: 3 }]);
    expect(preview.report.unmatched).toEqual([expect.objectContaining({ title: 'An unknown book', reason: expect.stringMatching(/no document in your library/) })]);

    const done = await services.importForeignFile({ path: file, dryRun: false });
    expect(done.written).toBe(true);
    const own = (await services.listAnnotations({ documentId: kremlin.id })).annotations;
    expect(own.map((a) => a.note)).toHaveLength(done.report.documents.find((d) => d.documentId === kremlin.id)!.layers[0]!.count);
    const again = await services.importForeignFile({ path: file, dryRun: false });
    expect(again.report.documents.every((d) => d.exact + d.approximate === 0 && d.layers.length === 0)).toBe(true);
    expect((await services.listAnnotations({ documentId: kremlin.id })).annotations).toHaveLength(own.length);
  });

  it('puts another person’s Hypothesis annotations in their layer, with replies linked', async () => {
    const dataDir = await tempDir();
    const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR });
    const kremlin = (await services.listDocuments({})).find((d) => d.title === "Syria's new leader at the Kremlin")!;
    const row = (id: string, user: string, exact: string, text: string, references?: string[]) => ({
      id,
      created: '2025-01-02T03:04:05.000000+00:00',
      updated: '2025-01-02T03:04:05.000000+00:00',
      user: `acct:${user}@hypothes.is`,
      uri: 'https://example.org/kremlin',
      text,
      tags: ['syria'],
      document: { title: ['Syria’s new leader at the Kremlin'] },
      target: [{ source: 'https://example.org/kremlin', selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] }],
      ...(references ? { references } : {}),
    });
    const file = path.join(await tempDir(), 'hypothesis.json');
    await writeFile(file, JSON.stringify({ total: 2, rows: [row('aaaaaaaaaaaaaaaaaaaaaa', 'alice', 'Vladimir Putin greeted', 'Warm welcome?'), row('bbbbbbbbbbbbbbbbbbbbbb', 'bob', 'Vladimir Putin greeted', 'Very warm.', ['aaaaaaaaaaaaaaaaaaaaaa'])] }));
    const done = await services.importForeignFile({ path: file, documentId: kremlin.id, dryRun: false });
    expect(done.report.documents[0]!.layers.map((l) => [l.name, l.own, l.count])).toEqual([
      ['alice', false, 1],
      ['bob', false, 1],
    ]);
    const layers = await services.listLayers({ documentId: kremlin.id });
    expect(layers.map((l) => [l.role, l.creator.name, l.readOnly])).toEqual([
      ['own', '', false],
      ['other', 'alice', true],
      ['other', 'bob', true],
    ]);
    const bobs = layers[2]!.annotations[0]!;
    expect(bobs).toMatchObject({ motivation: 'replying', replyTo: layers[1]!.annotations[0]!.id });
  });
});

describe('Kindle clippings in UTF-16', () => {
  it('reads a "My Clippings.txt" saved as UTF-16 with a BOM, curly quotes and all', async () => {
    const services = await createServices({ dataDir: await tempDir(), samplesDir: SAMPLES_DIR });
    const kremlin = (await services.listDocuments({})).find((d) => d.title === "Syria's new leader at the Kremlin")!;
    const file = path.join(await tempDir(), 'My Clippings.txt');
    await writeFile(file, utf16WithBom(clipping('Syria’s New Leader at the Kremlin', 'The day was rainy and overcast.', '10-12'), 'le'));
    const preview = await services.importForeignFile({ path: file, dryRun: true });
    expect(preview.report.format).toBe('kindle');
    expect(preview.report.documents).toEqual([expect.objectContaining({ documentId: kremlin.id, exact: 1 })]);
  });
});

describe('progress', () => {
  it('reports how many documents have been planned, from the worker, while an import is planned', async () => {
    const dataDir = await tempDir();
    const events: { task: string; done: number; total: number }[] = [];
    const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR, onProgress: (e) => events.push(e) });
    const docs = await services.listDocuments({});
    const texts = await Promise.all(docs.map((d) => services.getDocument({ documentId: d.id })));
    const file = path.join(await tempDir(), 'My Clippings.txt');
    await writeFile(file, texts.map((t) => clipping(t.title, t.text.slice(200, 260), '1-2')).join(''));
    await services.importForeignFile({ path: file, dryRun: true });
    expect(events).toEqual([
      { task: 'import', done: 0, total: 3 },
      { task: 'import', done: 1, total: 3 },
      { task: 'import', done: 2, total: 3 },
      { task: 'import', done: 3, total: 3 },
    ]);
  });
});

describe('one bad item never stops the others', () => {
  it('imports every good item of a W3C file holding a 6 KB run of "[", a malformed percent-encoded id and a bad date, through the worker', async () => {
    const dataDir = await tempDir();
    const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR });
    const kremlin = (await services.listDocuments({})).find((d) => d.title === "Syria's new leader at the Kremlin")!;
    const item = (exact: string, extra: Record<string, unknown> = {}) => ({ type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact } }, ...extra });
    const json = JSON.stringify([
      item('The day was rainy'),
      item('Vladimir Putin', { body: 'marker' }),
      item('greeted Ahmad al-Sharaa', { id: 'urn:marginalia:annotation:%E0%A4%A' }),
      item('a broad smile', { created: '2026-13-45T99:00:00Z' }),
    ]).replace('"marker"', `${'['.repeat(6000)}${']'.repeat(6000)}`);
    const file = path.join(await tempDir(), 'mixed.json');
    await writeFile(file, json);
    const { report } = await services.importForeignFile({ path: file, documentId: kremlin.id, dryRun: false });
    const notes = (await services.listAnnotations({ documentId: kremlin.id })).annotations;
    expect(notes.map((a) => a.target.selector[0]).map((s) => (s as { exact: string }).exact).sort()).toEqual(['The day was rainy', 'Vladimir Putin', 'a broad smile', 'greeted Ahmad al-Sharaa'].sort());
    expect(report.problems.join(' ')).toMatch(/date/i);
    expect(notes.every((a) => !Number.isNaN(Date.parse(a.createdAt)))).toBe(true);
  });
});
