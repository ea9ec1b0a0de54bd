import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../../../shared/api';
import { createServices } from '../../../../electron/services/createServices';
import { answeringDialogs } from '../../../support/dialogs';
import { parseExport } from '../../../support/parseMarkdown';
import { SEED_FILES, SEEDS_DIR } from '../../../support/seeds';
import { useTempDirs } from '../../../support/tempDir';

const SAMPLES_DIR = path.resolve(__dirname, '../../../../assets/samples');
const tempDir = useTempDirs();

async function start(dataDir: string, open: (string | null)[] = [], save: (string | null)[] = []): Promise<ApiHandlers> {
  return createServices({ dataDir, samplesDir: SAMPLES_DIR, dialogs: answeringDialogs(open, save) });
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}

describe('bundled samples', () => {
  it('ships exactly the seed articles, byte for byte', async () => {
    for (const file of Object.values(SEED_FILES)) {
      expect(await readFile(path.join(SAMPLES_DIR, file))).toEqual(await readFile(path.join(SEEDS_DIR, file)));
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
    expect(await readJson(file)).toEqual({ schemaVersion: 1, annotations: [created] });

    const updated = await services.updateAnnotation({
      documentId: doc.id,
      annotationId: created.id,
      changes: { note: 'Line one\nLine two', tags: ['place'] },
    });
    expect(updated).toMatchObject({ note: 'Line one\nLine two', tags: ['place'], color: 'pink' });
    expect(await readJson(file)).toEqual({ schemaVersion: 1, annotations: [updated] });

    // Another document's file is never touched by this one's saves.
    await expect(readFile(path.join(dataDir, 'annotations', `${second!.id}.json`))).rejects.toThrow(/ENOENT/);

    // A new process over the same folder sees the same data.
    const restarted = await start(dataDir);
    expect(await restarted.listAnnotations({ documentId: doc.id })).toEqual([updated]);
    expect((await restarted.listDocuments({})).find((d) => d.id === doc.id)?.annotationCount).toBe(1);

    await restarted.deleteAnnotation({ documentId: doc.id, annotationId: created.id });
    expect(await readJson(file)).toEqual({ schemaVersion: 1, annotations: [] });
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
    const services = await start(dataDir, [], [target, path.join(dataDir, 'missing-folder', 'x.md'), null]);
    const [doc] = await services.listDocuments({});
    const text = (await services.getDocument({ documentId: doc!.id })).text;
    const at = text.indexOf('special relations');
    await services.createAnnotation({ documentId: doc!.id, start: at, end: at + 17, color: 'blue', note: 'n', tags: ['ties'] });

    expect(await services.exportMarkdown({ documentId: doc!.id })).toEqual({ status: 'written', path: target });
    const parsed = parseExport(await readFile(target, 'utf8'));
    expect(parsed.blockQuotes).toEqual(['special relations']);
    expect(parsed.paragraphs).toContain('Colour: Blue · Tags: #ties');

    await expect(services.exportMarkdown({ documentId: doc!.id })).rejects.toThrow(/Could not write “x\.md” \(ENOENT\)/);
    expect(await services.exportMarkdown({ documentId: doc!.id })).toEqual({ status: 'cancelled' });
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
    await expect(fresh.listAnnotations({ documentId: doc!.id })).rejects.toMatchObject({ code: 'DAMAGED_DATA' });
    const kept = (await readdir(path.join(dataDir, 'annotations'))).filter((f) => f.includes('.unreadable-'));
    expect(kept).toHaveLength(1);
    expect(await fresh.listAnnotations({ documentId: doc!.id })).toEqual([]);
  });

  it('refuses to touch annotations written by a newer version', async () => {
    const dataDir = await tempDir();
    const services = await start(dataDir);
    const [doc] = await services.listDocuments({});
    const file = path.join(dataDir, 'annotations', `${doc!.id}.json`);
    const newer = '{"schemaVersion":99,"annotations":[]}';
    await writeFile(file, newer);
    const fresh = await start(dataDir);
    await expect(fresh.listAnnotations({ documentId: doc!.id })).rejects.toMatchObject({ code: 'NEWER_DATA' });
    await expect(
      fresh.createAnnotation({ documentId: doc!.id, start: 0, end: 4, color: 'yellow', note: '', tags: [] }),
    ).rejects.toMatchObject({ code: 'NEWER_DATA' });
    expect(await readFile(file, 'utf8')).toBe(newer);
  });
});
