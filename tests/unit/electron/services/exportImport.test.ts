import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../../../shared/apiSchemas';
import type { ApiHandlers, ProgressEvent } from '../../../../shared/api';
import { openUserApi } from '../../../support/userApi';
import { answeringDialogs } from '../../../support/dialogs';
import { parseExport } from '../../../support/parseMarkdown';
import { useTempDirs } from '../../../support/tempDir';

const SAMPLES_DIR = path.resolve(__dirname, '../../../../assets/samples');
const tempDir = useTempDirs();
const MD = markdownOptions.parse(undefined);

/** A library on a new data folder; `sameUserAs` copies that folder's profile, as for one person on a second computer. */
async function library(dialogs = answeringDialogs(), onProgress?: (e: ProgressEvent) => void, sameUserAs?: string) {
  const dataDir = await tempDir();
  if (sameUserAs !== undefined) await copyFile(path.join(sameUserAs, 'profile.json'), path.join(dataDir, 'profile.json'));
  const services = await openUserApi({ dataDir, samplesDir: SAMPLES_DIR, dialogs, onProgress });
  const docs = await services.listDocuments({});
  return { dataDir, services, docs, dialogs };
}

async function highlight(services: ApiHandlers, documentId: string, needle: string, extra: { note?: string; tags?: string[] } = {}) {
  const text = (await services.getDocument({ documentId })).text;
  const start = text.indexOf(needle);
  return services.createAnnotation({ documentId, start, end: start + needle.length, color: 'blue', note: extra.note ?? '', tags: extra.tags ?? [] });
}

describe('W3C JSON export and import', () => {
  it('round-trips: export → import into a fresh library → export gives the same file', async () => {
    const out = await tempDir();
    const first = await library(answeringDialogs([], [path.join(out, 'a.json')]));
    const doc = first.docs[0]!.id;
    await highlight(first.services, doc, 'Ahmed al\u2011Sharaa met', { note: 'note *one*', tags: ['x', 'y y'] });
    await highlight(first.services, doc, 'The origins of hostilities');
    await first.services.exportDocument({ documentId: doc, format: 'json', markdown: MD, layer: 'own' });
    const exported = await readFile(path.join(out, 'a.json'), 'utf8');

    const second = await library(answeringDialogs([path.join(out, 'a.json')], [path.join(out, 'b.json')]), undefined, first.dataDir);
    expect(second.docs[0]!.id).toBe(doc);
    expect(await second.services.importAnnotations({ documentId: doc })).toEqual({
      status: 'imported',
      imported: 2,
      duplicates: 0,
      orphans: 0,
      problems: [],
    });
    await second.services.exportDocument({ documentId: doc, format: 'json', markdown: MD, layer: 'own' });
    expect(await readFile(path.join(out, 'b.json'), 'utf8')).toBe(exported);
  });

  it('skips duplicates instead of doubling them, and keeps passages it cannot find as orphans', async () => {
    const out = await tempDir();
    const file = path.join(out, 'a.json');
    const { services, docs } = await library(answeringDialogs([file, file, file], [file]));
    const doc = docs[0]!.id;
    await highlight(services, doc, 'Ahmed al\u2011Sharaa met', { tags: ['x'] });
    await services.exportDocument({ documentId: doc, format: 'json', markdown: MD, layer: 'own' });
    expect(await services.importAnnotations({ documentId: doc })).toMatchObject({ imported: 0, duplicates: 1 });

    const collection = JSON.parse(await readFile(file, 'utf8'));
    collection.first.items.push({
      type: 'Annotation',
      body: [{ type: 'TextualBody', value: 'lost', purpose: 'commenting' }],
      target: { selector: [{ type: 'TextQuoteSelector', exact: 'words that are not in this article at all' }] },
    });
    collection.first.items.push({ type: 'Annotation', target: { selector: [{ type: 'CssSelector', value: 'p' }] } });
    await writeFile(file, JSON.stringify(collection));
    const result = await services.importAnnotations({ documentId: doc });
    expect(result).toMatchObject({ imported: 1, duplicates: 1, orphans: 1 });
    expect(result.status === 'imported' && result.problems).toHaveLength(1);
    expect((await services.listAnnotations({ documentId: doc })).annotations.map((a) => a.note)).toEqual(['', 'lost']);
  });

  it.each([
    ['not JSON', '{"oops', /not valid JSON/],
    ['JSON without annotations', '{"hello":"world"}', /not one Marginalia can import annotations from: it is not W3C Web Annotations, a Hypothesis export/],
  ])('refuses a file that is %s, changing nothing', async (_label, content, message) => {
    const file = path.join(await tempDir(), 'bad.json');
    await writeFile(file, content);
    const { services, docs } = await library(answeringDialogs([file]));
    await expect(services.importAnnotations({ documentId: docs[0]!.id })).rejects.toThrow(message);
    expect((await services.listAnnotations({ documentId: docs[0]!.id })).annotations).toEqual([]);
  });
});

describe('library export', () => {
  it('writes one file per document plus an index, reporting progress, and shows only files it wrote', async () => {
    const folder = path.join(await tempDir(), 'export');
    await mkdir(folder);
    const events: ProgressEvent[] = [];
    const { services, docs, dialogs } = await library(answeringDialogs([], [], [folder]), (e) => events.push(e));
    await highlight(services, docs[0]!.id, 'The origins of hostilities', { tags: ['history'] });
    const result = await services.exportLibrary({ format: 'md', layout: 'per-document', markdown: MD, layer: 'own' });
    expect(result.status).toBe('written');
    const names = (await readdir(folder)).sort();
    expect(names).toHaveLength(4);
    expect(names).toContain('index.md');
    expect(events.map((e) => `${e.done}/${e.total}`)).toEqual(['1/4', '2/4', '3/4', '4/4']);
    const index = parseExport(await readFile(path.join(folder, 'index.md'), 'utf8'));
    expect(index.frontMatter).toContain('documents: 3');

    const written = result.status === 'written' ? result.files : [];
    await services.showInFolder({ path: written[1]! });
    expect(dialogs.shown).toEqual([written[1]]);
    await expect(services.showInFolder({ path: '/etc/passwd' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('exports only highlights with a tag, as one JSON collection', async () => {
    const folder = await tempDir();
    const { services, docs } = await library(answeringDialogs([], [], [folder]));
    await highlight(services, docs[0]!.id, 'The origins of hostilities', { tags: ['history'] });
    await highlight(services, docs[1]!.id, 'The day was rainy', { tags: ['weather'] });
    await services.exportLibrary({ format: 'json', tag: 'history', layout: 'single', markdown: MD, layer: 'own' });
    const collection = JSON.parse(await readFile(path.join(folder, 'highlights.json'), 'utf8'));
    expect(collection.total).toBe(1);
    expect(collection.first.items[0].target.selector[0].exact).toBe('The origins of hostilities');
    await expect(services.exportLibrary({ format: 'md', tag: 'nothing', layout: 'single', markdown: MD, layer: 'own' })).rejects.toThrow(/No highlights are tagged/);
  });
});

describe('round trip on a hostile document', () => {
  it('keeps hostile notes and tags identical through export → import → export', async () => {
    const out = await tempDir();
    const hostile = path.resolve(__dirname, '../../../fixtures/hostile.txt');
    const first = await library(answeringDialogs([hostile], [path.join(out, 'a.json')]));
    const opened = await first.services.openFile({});
    const documentId = opened.status === 'imported' ? opened.document.id : '';
    const document = await first.services.getDocument({ documentId });
    for (const [i, block] of document.blocks.entries()) {
      await first.services.createAnnotation({
        documentId,
        start: block.start,
        end: block.end,
        color: (['yellow', 'green', 'blue', 'pink', 'purple'] as const)[i % 5]!,
        note: `<script>alert(${i})</script>\n\n# not a heading *${i}* \\ | ~~x~~`,
        tags: [`c++ ${i}`, '日本語', 'a/b#c'],
      });
    }
    await first.services.exportDocument({ documentId, format: 'json', markdown: MD, layer: 'own' });
    const exported = await readFile(path.join(out, 'a.json'), 'utf8');

    const second = await library(answeringDialogs([hostile, path.join(out, 'a.json')], [path.join(out, 'b.json')]), undefined, first.dataDir);
    await second.services.openFile({});
    expect(await second.services.importAnnotations({ documentId })).toMatchObject({ imported: document.blocks.length, duplicates: 0, orphans: 0 });
    await second.services.exportDocument({ documentId, format: 'json', markdown: MD, layer: 'own' });
    expect(await readFile(path.join(out, 'b.json'), 'utf8')).toBe(exported);
  });
});
