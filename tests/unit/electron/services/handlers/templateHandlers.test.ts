/**
 * User templates on a real data folder: saved as <data>/templates/<name>.mustache after a
 * check that points at the line, listed with any problem a hand-edited file has, previewed on a
 * document, used by exports (Markdown and CSV), refused in read-only mode, and backed up.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../../electron/services/createServices';
import { SAMPLES_DIR } from '../../../../support/seeds';
import { useTempDirs } from '../../../../support/tempDir';

const tempDir = useTempDirs();

async function library() {
  const dataDir = await tempDir();
  const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR });
  const documentId = (await services.listDocuments({}))[0]!.id;
  const text = (await services.getDocument({ documentId })).text;
  const start = text.search(/\w/);
  const quote = text.slice(start, start + 30);
  await services.createAnnotation({ documentId, start, end: start + 30, color: 'green', note: '=1+1 is a note', tags: ['history', 'to read'] });
  return { dataDir, services, documentId, quote };
}

const MD = { order: 'reading', includeNotes: true, includeColours: true, includeOrphans: true } as const;
const GOOD = '{{#annotations}}\n* {{quoteLine}} ({{tagsText}})\n{{/annotations}}\n';

describe('template handlers', () => {
  it('lists the presets, saves a user template as a file and lists it', async () => {
    const { dataDir, services } = await library();
    const before = await services.listTemplates({});
    expect(before.presets.map((p) => p.name)).toEqual(['plain', 'obsidian', 'logseq', 'notion', 'citation']);
    expect(before.user).toEqual([]);
    await services.saveTemplate({ name: 'my-list', source: GOOD });
    expect(await readFile(path.join(dataDir, 'templates', 'my-list.mustache'), 'utf8')).toBe(GOOD);
    expect((await services.listTemplates({})).user).toEqual([{ name: 'my-list', label: 'my-list', source: GOOD, problem: null }]);
  });

  it('refuses a template with a problem, saying the line and column, and writes nothing', async () => {
    const { dataDir, services } = await library();
    await expect(services.saveTemplate({ name: 'broken', source: 'Title\n{{#annotations}}\n{{quote}\n{{/annotations}}' })).rejects.toThrow(
      /line 3, column 1: /,
    );
    await expect(services.saveTemplate({ name: 'broken', source: 'Title\n  {{qoute}}' })).rejects.toThrow(/line 2, column 3: there is no field “qoute” here/);
    await expect(readdir(path.join(dataDir, 'templates'))).rejects.toThrow();
  });

  it('refuses the name of a built-in template', async () => {
    const { services } = await library();
    await expect(services.saveTemplate({ name: 'obsidian', source: GOOD })).rejects.toThrow(/built-in template/);
  });

  it('lists a hand-edited file that no longer checks out with its problem, and skips other files', async () => {
    const { dataDir, services } = await library();
    await mkdir(path.join(dataDir, 'templates'));
    await writeFile(path.join(dataDir, 'templates', 'edited.mustache'), '{{> other}}');
    await writeFile(path.join(dataDir, 'templates', 'notes.txt'), 'not a template');
    await writeFile(path.join(dataDir, 'templates', 'bad name!.mustache'), GOOD);
    const { user } = await services.listTemplates({});
    expect(user.map((t) => [t.name, t.problem])).toEqual([['edited', expect.stringMatching(/^line 1, column 1: other templates cannot be included/)]]);
  });

  it('deletes a user template', async () => {
    const { services } = await library();
    await services.saveTemplate({ name: 'gone', source: GOOD });
    expect(await services.deleteTemplate({ name: 'gone' })).toEqual({ deleted: 'gone' });
    expect((await services.listTemplates({})).user).toEqual([]);
    await expect(services.deleteTemplate({ name: 'gone' })).rejects.toThrow(/no template called “gone”/i);
  });

  it('previews a document through a preset, a user template or unsaved text', async () => {
    const { services, documentId, quote } = await library();
    const title = (await services.getDocument({ documentId })).title;
    const citation = await services.previewExport({ documentId, format: 'md', markdown: MD, template: { preset: 'citation' }, layer: 'own' });
    expect(citation.text).toContain(`“${quote.replace(/\s+/g, ' ').trim()}” — `);
    expect(citation.truncated).toBe(false);
    await services.saveTemplate({ name: 'mine', source: GOOD });
    expect((await services.previewExport({ documentId, format: 'md', markdown: MD, template: { user: 'mine' }, layer: 'own' })).text).toContain('(history, to read)');
    expect((await services.previewExport({ documentId, format: 'md', markdown: MD, template: { source: '# {{document.title}}' }, layer: 'own' })).text).toBe(`# ${title}\n`);
    await expect(services.previewExport({ documentId, format: 'md', markdown: MD, template: { source: '{{#annotations}}' }, layer: 'own' })).rejects.toThrow(/line 1, column 1: the section/);
    await expect(services.previewExport({ documentId, format: 'md', markdown: MD, template: { user: 'missing' }, layer: 'own' })).rejects.toThrow(/no template called “missing”/i);
  });

  it('exports a document through a template, and as CSV', async () => {
    const { services, documentId, dataDir } = await library();
    const out = await tempDir();
    await services.saveTemplate({ name: 'mine', source: GOOD });
    await services.exportDocumentTo({ documentId, format: 'md', markdown: MD, layer: 'own', template: { user: 'mine' }, path: path.join(out, 'a.md'), overwrite: false });
    expect(await readFile(path.join(out, 'a.md'), 'utf8')).toMatch(/^\* .* \(history, to read\)\n$/);
    await services.exportDocumentTo({ documentId, format: 'csv', markdown: MD, layer: 'own', path: path.join(out, 'a.csv'), overwrite: false });
    const rows = Papa.parse<string[]>((await readFile(path.join(out, 'a.csv'), 'utf8')).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows.map((r) => [r[2], r[3], r[4]])).toEqual([['note', 'tags', 'colour'], ["'=1+1 is a note", 'history; to read', 'green']]);
    expect(dataDir).toBeTruthy();
  });

  it('exports the library as one CSV file through the library export', async () => {
    const { services } = await library();
    const folder = await tempDir();
    const outcome = await services.exportLibraryTo({ format: 'csv', layout: 'single', markdown: MD, layer: 'own', folder, overwrite: false });
    expect(outcome).toEqual({ status: 'written', files: [path.join(folder, 'highlights.csv')] });
  });

  it('refuses to save or delete templates when the library is read-only', async () => {
    const { dataDir } = await library();
    const readOnly = await createServices({ dataDir, samplesDir: SAMPLES_DIR, readOnly: true, readOnlyReason: 'Open elsewhere.' });
    await expect(readOnly.saveTemplate({ name: 'x', source: GOOD })).rejects.toThrow(/Open elsewhere/);
    expect((await readOnly.listTemplates({})).presets).toHaveLength(5);
  });
});
