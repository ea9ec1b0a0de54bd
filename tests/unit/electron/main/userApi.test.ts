/**
 * The renderer's API as main composes it: the user is asked (here by scripted dialogs), then the
 * data-only services are called with the chosen paths.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../../../shared/apiSchemas';
import { createServices } from '../../../../electron/services/createServices';
import { answeringDialogs } from '../../../support/dialogs';
import { useTempDirs } from '../../../support/tempDir';
import { openUserApi } from '../../../support/userApi';

const SAMPLES_DIR = path.resolve(__dirname, '../../../../assets/samples');
const MD = markdownOptions.parse(undefined);
const tempDir = useTempDirs();

describe('the renderer API over data-only services', () => {
  it('asks before replacing files in a folder export, and keeps them when the user says no', async () => {
    const dataDir = await tempDir();
    const folder = await tempDir();
    await writeFile(path.join(folder, 'index.md'), 'my index\n');
    const dialogs = answeringDialogs([], [], [folder, folder], [false, true]);
    const api = await openUserApi({ dataDir, samplesDir: SAMPLES_DIR, dialogs });

    expect(await api.exportLibrary({ format: 'md', layout: 'per-document', markdown: MD, layer: 'own' })).toEqual({ status: 'cancelled' });
    expect(dialogs.overwriteQuestions).toEqual([['index.md']]);
    expect(await readFile(path.join(folder, 'index.md'), 'utf8')).toBe('my index\n');
    expect(await readdir(folder)).toEqual(['index.md']);

    const written = await api.exportLibrary({ format: 'md', layout: 'per-document', markdown: MD, layer: 'own' });
    expect(written).toMatchObject({ status: 'written', folder });
    expect(await readFile(path.join(folder, 'index.md'), 'utf8')).toMatch(/^---\ntitle: "Marginalia highlights"/);
    expect((await readdir(folder)).sort()).toHaveLength(4);
  });

  it('does not ask when nothing would be replaced', async () => {
    const dataDir = await tempDir();
    const folder = await tempDir();
    const dialogs = answeringDialogs([], [], [folder]);
    const api = await openUserApi({ dataDir, samplesDir: SAMPLES_DIR, dialogs });
    expect(await api.exportLibrary({ format: 'json', layout: 'single', markdown: MD, layer: 'own' })).toEqual({ status: 'written', folder, files: [path.join(folder, 'highlights.json')] });
    expect(dialogs.overwriteQuestions).toEqual([]);
  });

  it('lets the command line and scripts export to a path without any dialog', async () => {
    const dataDir = await tempDir();
    const out = path.join(await tempDir(), 'a.md');
    const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR });
    const [doc] = await services.listDocuments({});
    expect(await services.exportDocumentTo({ documentId: doc!.id, format: 'md', markdown: MD, layer: 'own', path: out, overwrite: false })).toEqual({ status: 'written', files: [out] });
    expect(await services.exportDocumentTo({ documentId: doc!.id, format: 'md', markdown: MD, layer: 'own', path: out, overwrite: false })).toEqual({ status: 'exists', existing: [out] });
    expect(Object.keys(services)).not.toContain('openFile');
  });
});

describe('importing with a preview', () => {
  it('shows what an import would do, writes nothing until confirmed, and confirms once', async () => {
    const dataDir = await tempDir();
    const file = path.join(await tempDir(), 'My Clippings.txt');
    await writeFile(file, "Syria's new leader at the Kremlin (A. Writer)\n- Your Highlight on page 1 | Location 10-12 | Added on Monday, 3 March 2025 10:00:00\n\nThe day was rainy and overcast.\n==========\n");
    const dialogs = answeringDialogs([file]);
    const api = await openUserApi({ dataDir, samplesDir: SAMPLES_DIR, dialogs });
    const preview = await api.previewImport({});
    if (preview.status !== 'preview') throw new Error('expected a preview');
    expect(preview.report.documents).toEqual([expect.objectContaining({ title: "Syria's new leader at the Kremlin", exact: 1 })]);
    const documentId = preview.report.documents[0]!.documentId;
    expect((await api.listAnnotations({ documentId })).annotations).toEqual([]);
    expect(await api.confirmImport({ token: preview.token })).toMatchObject({ status: 'imported' });
    expect((await api.listAnnotations({ documentId })).annotations).toHaveLength(1);
    await expect(api.confirmImport({ token: preview.token })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('previews a dropped Kindle file (a .txt known by its content) instead of opening it as a document', async () => {
    const dataDir = await tempDir();
    const api = await openUserApi({ dataDir, samplesDir: SAMPLES_DIR });
    const folder = await tempDir();
    const clippings = path.join(folder, 'My Clippings.txt');
    await writeFile(clippings, "Dune (Frank Herbert)\n- Your Highlight on Location 5-6 | Added on Monday, 3 March 2025 10:00:00\n\nFear is the mind-killer.\n==========\n");
    const story = path.join(folder, 'story.txt');
    await writeFile(story, 'Once upon a time.\n\nThe end.\n');
    const opened = await api.openPaths([clippings, story]);
    expect(opened.map((o) => (o.result.ok ? o.result.value.status : o.result.error.code))).toEqual(['preview', 'imported']);
  });
});
