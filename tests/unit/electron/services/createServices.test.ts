import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../../../shared/api';
import { openUserApi } from '../../../support/userApi';
import { markdownOptions } from '../../../../shared/apiSchemas';
import { answeringDialogs } from '../../../support/dialogs';
import { parseExport } from '../../../support/parseMarkdown';
import { SEED_FILES, sharedSeeds } from '../../../support/seeds';
import { useTempDirs } from '../../../support/tempDir';

const SAMPLES_DIR = path.resolve(__dirname, '../../../../assets/samples');
const tempDir = useTempDirs();

async function start(dataDir: string, open: (string | null)[] = [], save: (string | null)[] = []): Promise<ApiHandlers> {
  return openUserApi({ dataDir, samplesDir: SAMPLES_DIR, dialogs: answeringDialogs(open, save) });
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}

// The original seeds live in ../shared; without it (a clone of the repository alone) this check is skipped, saying why.
const seeds = sharedSeeds();

describe('bundled samples', () => {
  it.skipIf(seeds.skip)(`ships exactly the seed articles, byte for byte${seeds.titleNote}`, async () => {
    const seedsDir = seeds.require();
    for (const file of Object.values(SEED_FILES)) {
      expect(await readFile(path.join(SAMPLES_DIR, file))).toEqual(await readFile(path.join(seedsDir, file)));
    }
  });

  it('fills the library with the three samples on first launch, once', async () => {
    const dataDir = await tempDir();
    const services = await start(dataDir);
    const documents = await services.listDocuments({});
    expect(documents.map((d) => d.title)).toEqual([
      "Unpacking Sharaa's diplomatic overture to Putin",
      "Syria's new leader at the Kremlin",
      "A new flag at Syria's embassy in Moscow",
    ]);
    expect(documents.every((d) => d.source.kind === 'sample' && d.annotationCount === 0)).toBe(true);
    expect((await readdir(path.join(dataDir, 'documents'))).sort()).toEqual(documents.map((d) => `${d.id}.json`).sort());

    const again = await start(dataDir);
    expect(await again.listDocuments({})).toHaveLength(3);
  });
});

describe('annotations on real files', () => {
  it('creates, updates and deletes, each saved to that document’s own file before resolving', async () => {
    const dataDir = await tempDir();
    const services = await start(dataDir);
    const [first, second] = await services.listDocuments({});
    const doc = await services.getDocument({ documentId: first!.id });
    const start_ = doc.text.indexOf('Moscow');

    const created = await services.createAnnotation({ documentId: doc.id, start: start_, end: start_ + 6, color: 'pink', note: '', tags: [] });
    expect(created.target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'Moscow' });
    const file = path.join(dataDir, 'annotations', `${doc.id}.json`);
    expect(await readJson(file)).toEqual({ schemaVersion: 3, annotations: [created] });

    const updated = await services.updateAnnotation({
      documentId: doc.id,
      annotationId: created.id,
      changes: { note: 'Line one\nLine two', tags: ['place'] },
    });
    expect(updated).toMatchObject({ note: 'Line one\nLine two', tags: ['place'], color: 'pink' });
    expect(await readJson(file)).toEqual({ schemaVersion: 3, annotations: [updated] });

    // Another document's file is never touched by this one's saves.
    await expect(readFile(path.join(dataDir, 'annotations', `${second!.id}.json`))).rejects.toThrow(/ENOENT/);

    // A new process over the same folder sees the same data.
    const restarted = await start(dataDir);
    expect(await restarted.listAnnotations({ documentId: doc.id })).toEqual({ annotations: [updated], readOnly: false, problem: null });
    expect((await restarted.listDocuments({})).find((d) => d.id === doc.id)?.annotationCount).toBe(1);

    await restarted.deleteAnnotation({ documentId: doc.id, annotationId: created.id });
    expect(await readJson(file)).toEqual({ schemaVersion: 3, annotations: [] });
  });

  it('refuses a range outside the text, blank selections and unknown ids', async () => {
    const services = await start(await tempDir());
    const [doc] = await services.listDocuments({});
    await expect(services.createAnnotation({ documentId: doc!.id, start: 0, end: 10 ** 7, color: 'yellow', note: '', tags: [] })).rejects.toThrow(
      /outside the document/,
    );
    const full = await services.getDocument({ documentId: doc!.id });
    const gap = full.blocks[0]!.end;
    await expect(services.createAnnotation({ documentId: doc!.id, start: gap, end: gap + 2, color: 'yellow', note: '', tags: [] })).rejects.toThrow(
      /Select some text/,
    );
    await expect(services.getDocument({ documentId: 'nope' })).rejects.toThrow(/not in your library/);
    await expect(services.updateAnnotation({ documentId: doc!.id, annotationId: 'missing', changes: {} })).rejects.toThrow(/no longer exists/);
  });
});

describe('open and export', () => {
  it('imports a user file, then finds it again instead of duplicating it', async () => {
    const dataDir = await tempDir();
    const file = path.join(dataDir, 'My_notes.txt');
    await writeFile(file, 'These are my notes.\nSecond paragraph.');
    const services = await start(dataDir, [file, file, null]);
    const imported = await services.openFile({});
    expect(imported).toMatchObject({ status: 'imported', document: { title: 'My notes', source: { kind: 'file', name: 'My_notes.txt' } } });
    expect(await services.openFile({})).toMatchObject({ status: 'already-in-library' });
    expect(await services.openFile({})).toEqual({ status: 'cancelled' });
    expect(await services.listDocuments({})).toHaveLength(4);
  });

  it('writes a Markdown export to the chosen path and reports a clear error when it cannot', async () => {
    const dataDir = await tempDir();
    const target = path.join(dataDir, 'out.md');
    const services = await start(dataDir, [], [target, path.join(target, 'x.md'), null]);
    const [doc] = await services.listDocuments({});
    const text = (await services.getDocument({ documentId: doc!.id })).text;
    const at = text.indexOf('special relations');
    await services.createAnnotation({ documentId: doc!.id, start: at, end: at + 17, color: 'blue', note: 'n', tags: ['ties'] });

    expect(await services.exportDocument({ documentId: doc!.id, format: 'md', markdown: markdownOptions.parse(undefined), layer: 'own' })).toEqual({ status: 'written', path: target });
    const parsed = parseExport(await readFile(target, 'utf8'));
    expect(parsed.blockQuotes).toEqual(['special relations']);
    expect(parsed.paragraphs).toContain('Colour: Blue · Tags: ties');

    await expect(services.exportDocument({ documentId: doc!.id, format: 'md', markdown: markdownOptions.parse(undefined), layer: 'own' })).rejects.toThrow(/Could not write “x\.md”: part of the path is not a folder\./);
    expect(await services.exportDocument({ documentId: doc!.id, format: 'md', markdown: markdownOptions.parse(undefined), layer: 'own' })).toEqual({ status: 'cancelled' });
  });
});

describe('damaged data', () => {
  it('keeps a damaged annotations file aside, says so, and carries on with a fresh one', async () => {
    const dataDir = await tempDir();
    const services = await start(dataDir);
    const [doc] = await services.listDocuments({});
    const file = path.join(dataDir, 'annotations', `${doc!.id}.json`);
    await writeFile(file, '{"schemaVersion":1,"annotations":[{"id":"x"');
    const fresh = await start(dataDir);
    // The library list is what touches the file first; the reader is told when it opens the document.
    expect((await fresh.listDocuments({})).find((d) => d.id === doc!.id)?.annotationCount).toBe(0);
    const listed = await fresh.listAnnotations({ documentId: doc!.id });
    expect(listed).toMatchObject({ annotations: [], readOnly: false });
    expect(listed.problem).toMatch(/The highlights of “.*” were damaged\. The file was kept unchanged as .*\.unreadable-/);
    const kept = (await readdir(path.join(dataDir, 'annotations'))).filter((f) => f.includes('.unreadable-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(dataDir, 'annotations', kept[0]!), 'utf8')).toBe('{"schemaVersion":1,"annotations":[{"id":"x"');
    await fresh.createAnnotation({ documentId: doc!.id, start: 0, end: 4, color: 'yellow', note: '', tags: [] });
    expect((await fresh.listAnnotations({ documentId: doc!.id })).annotations).toHaveLength(1);
  });

  it('shows highlights written by a newer version read-only and never rewrites them', async () => {
    const dataDir = await tempDir();
    const services = await start(dataDir);
    const [doc] = await services.listDocuments({});
    const text = (await services.getDocument({ documentId: doc!.id })).text;
    const made = await services.createAnnotation({ documentId: doc!.id, start: 0, end: 9, color: 'yellow', note: '', tags: [] });
    const file = path.join(dataDir, 'annotations', `${doc!.id}.json`);
    const newer = JSON.stringify({ schemaVersion: 99, annotations: [{ ...made, shiny: true }] });
    await writeFile(file, newer);
    const fresh = await start(dataDir);
    expect(await fresh.listAnnotations({ documentId: doc!.id })).toEqual({ annotations: [made], readOnly: true, problem: null });
    await expect(
      fresh.createAnnotation({ documentId: doc!.id, start: 0, end: 4, color: 'yellow', note: '', tags: [] }),
    ).rejects.toMatchObject({ code: 'NEWER_DATA' });
    await expect(fresh.deleteAnnotation({ documentId: doc!.id, annotationId: made.id })).rejects.toMatchObject({ code: 'NEWER_DATA' });
    expect(await readFile(file, 'utf8')).toBe(newer);
    expect(text.length).toBeGreaterThan(0);
  });

  it('refuses highlights from a newer version it cannot read, with a clear message', async () => {
    const dataDir = await tempDir();
    const services = await start(dataDir);
    const [doc] = await services.listDocuments({});
    const file = path.join(dataDir, 'annotations', `${doc!.id}.json`);
    await writeFile(file, '{"schemaVersion":99,"marks":{}}');
    const fresh = await start(dataDir);
    await expect(fresh.listAnnotations({ documentId: doc!.id })).rejects.toMatchObject({
      code: 'NEWER_DATA',
      message: expect.stringContaining('newer version of Marginalia (data version 99)'),
    });
    expect(await readFile(file, 'utf8')).toBe('{"schemaVersion":99,"marks":{}}');
  });

  it('rebuilds a damaged library index from the document files, losing nothing', async () => {
    const dataDir = await tempDir();
    const services = await start(dataDir);
    const before = await services.listDocuments({});
    await services.createAnnotation({ documentId: before[1]!.id, start: 0, end: 3, color: 'green', note: '', tags: [] });
    await writeFile(path.join(dataDir, 'library.json'), '{"schemaVersion":1,"documents":[{"id":');
    const fresh = await start(dataDir);
    const after = await fresh.listDocuments({});
    expect(after.map((d) => d.id).sort()).toEqual(before.map((d) => d.id).sort());
    expect(after.find((d) => d.id === before[1]!.id)?.annotationCount).toBe(1);
    const status = await fresh.getStatus({});
    expect(status.readOnly).toBe(false);
    expect(status.offerRestore).toBe(true);
    expect(status.notices.join(' ')).toMatch(/library index was damaged.*rebuilt from your 3 documents/);
    expect((await readdir(dataDir)).some((f) => f.startsWith('library.json.unreadable-'))).toBe(true);
  });

  it('opens a library from a newer version read-only', async () => {
    const dataDir = await tempDir();
    await start(dataDir);
    const library = JSON.parse(await readFile(path.join(dataDir, 'library.json'), 'utf8'));
    const newer = JSON.stringify({ ...library, schemaVersion: 5 });
    await writeFile(path.join(dataDir, 'library.json'), newer);
    const file = path.join(dataDir, 'notes.txt');
    await writeFile(file, 'Some notes.');
    const fresh = await start(dataDir, [file]);
    expect(await fresh.listDocuments({})).toHaveLength(3);
    expect((await fresh.getStatus({})).readOnly).toBe(true);
    await expect(fresh.openFile({})).rejects.toMatchObject({ code: 'NEWER_DATA' });
    expect(await readFile(path.join(dataDir, 'library.json'), 'utf8')).toBe(newer);
  });
});

describe('read-only services (the command line while the app is open)', () => {
  it('write nothing: no backups, no migrations, damaged files left where they are, changes refused', async () => {
    const dataDir = await tempDir();
    const services = await start(dataDir);
    const [doc] = await services.listDocuments({});
    const file = path.join(dataDir, 'annotations', `${doc!.id}.json`);
    await writeFile(file, '{"schemaVersion":2,"annotations":[');
    const before = (await readdir(dataDir, { recursive: true })).sort();
    const readOnly = await openUserApi({ dataDir, samplesDir: SAMPLES_DIR, dialogs: answeringDialogs(), readOnly: true, readOnlyReason: 'app is open' });
    expect(await readOnly.listDocuments({})).toHaveLength(3);
    await expect(readOnly.listAnnotations({ documentId: doc!.id })).rejects.toMatchObject({ code: 'DAMAGED_DATA' });
    await expect(readOnly.createAnnotation({ documentId: doc!.id, start: 0, end: 3, color: 'yellow', note: '', tags: [] })).rejects.toThrow('app is open');
    expect((await readdir(dataDir, { recursive: true })).sort()).toEqual(before);
  });
});
