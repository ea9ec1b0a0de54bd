/**
 * Ids are never paths: ids read from disk must be plain ids (and a document file's id its file
 * name), and every path built from an id stays inside its folder.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../electron/services/createServices';
import { dataPaths } from '../../../../electron/services/dataLayout';
import { LibraryStore } from '../../../../electron/services/libraryStore';
import { fileInside, isPlainId } from '../../../../electron/services/safePaths';
import { useTempDirs } from '../../../support/tempDir';

const SAMPLES_DIR = path.resolve(__dirname, '../../../../assets/samples');
const tempDir = useTempDirs();
const SOURCE = { kind: 'file', name: 'x.txt', importedAt: '2026-11-01T09:00:00.000Z', sha256: 'abc' } as const;

function documentFile(id: string, title: string) {
  return JSON.stringify({ schemaVersion: 1, id, title, source: SOURCE, text: 'Text.', blocks: [{ kind: 'paragraph', start: 0, end: 5 }] });
}

function summary(id: string, title: string) {
  return { id, title, source: SOURCE, length: 5 };
}

describe('isPlainId', () => {
  it.each(['d0123456789abcdef0123', 'a', 'A-b_9', 'x'.repeat(100)])('accepts %s', (id) => expect(isPlainId(id)).toBe(true));
  it.each(['', '../../evil', 'a/b', 'a\\b', '..', '.', 'a.json', 'x'.repeat(101), 'é', 'a b', 'a\0b'])('refuses %j', (id) =>
    expect(isPlainId(id)).toBe(false),
  );
  it('refuses what is not a string', () => expect(isPlainId(42)).toBe(false));
});

describe('fileInside', () => {
  it('joins a plain name to its folder', () => {
    expect(fileInside('/data/documents', 'd1', '.json')).toBe(path.resolve('/data/documents/d1.json'));
  });
  it.each(['../../evil', 'a/b', '..', ''])('refuses %j with INVALID_ARGUMENT', (id) => {
    expect(() => fileInside('/data/documents', id, '.json')).toThrow(expect.objectContaining({ name: 'ServiceError', code: 'INVALID_ARGUMENT' }));
  });
});

describe('dataPaths', () => {
  it('builds document and highlights paths only from plain ids', () => {
    const paths = dataPaths('/data');
    expect(paths.document('d1')).toBe(path.resolve('/data/documents/d1.json'));
    expect(paths.annotations('d1')).toBe(path.resolve('/data/annotations/d1.json'));
    for (const bad of ['../../evil', 'a/b', '../annotations/d1']) {
      expect(() => paths.document(bad)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
      expect(() => paths.annotations(bad)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    }
  });
});

describe('ids read from disk', () => {
  it('leaves out library entries whose id is not a plain id, with a notice, and keeps them on disk', async () => {
    const root = await tempDir();
    const dataDir = path.join(root, 'data');
    const paths = dataPaths(dataDir);
    await mkdir(paths.documentsDir, { recursive: true });
    await mkdir(paths.annotationsDir, { recursive: true });
    await writeFile(paths.document('dgood'), documentFile('dgood', 'Good'));
    // Files the bad ids would reach if they were used as paths.
    await writeFile(path.join(root, 'evil.json'), documentFile('../../evil', 'Evil'));
    await mkdir(path.join(paths.documentsDir, 'sub'));
    await writeFile(path.join(paths.documentsDir, 'sub', 'x.json'), documentFile('sub/x', 'Sub'));
    const index = JSON.stringify({ schemaVersion: 1, documents: [summary('dgood', 'Good'), summary('../../evil', 'Evil'), summary('sub/x', 'Sub')] });
    await writeFile(paths.library, index);

    const library = await LibraryStore.open(paths);
    expect(library.list().map((d) => d.id)).toEqual(['dgood']);
    expect(library.notices.join(' ')).toMatch(/2 entries .*left out.*"\.\.\/\.\.\/evil".*"sub\/x"/s);
    await expect(library.get('../../evil')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(library.get('sub/x')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await readFile(paths.library, 'utf8')).toBe(index);

    const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR });
    expect((await services.listDocuments({})).map((d) => d.title)).toEqual(['Good']);
    expect((await services.getStatus({})).notices.join(' ')).toMatch(/left out/);
  });

  it('leaves out document files whose id differs from their file name when rebuilding the index', async () => {
    const paths = dataPaths(await tempDir());
    await mkdir(paths.documentsDir, { recursive: true });
    await writeFile(paths.document('dgood'), documentFile('dgood', 'Good'));
    await writeFile(paths.document('dname'), documentFile('dother', 'Renamed'));
    await writeFile(path.join(paths.documentsDir, 'bad name.json'), documentFile('bad name', 'Spaced'));

    const library = await LibraryStore.open(paths);
    expect(library.list().map((d) => d.id)).toEqual(['dgood']);
    expect(library.notices.join(' ')).toMatch(/rebuilt from your 1 document/);
    expect(library.notices.join(' ')).toMatch(/left out.*dname\.json.*bad name\.json|left out.*bad name\.json.*dname\.json/s);
    // Never deleted.
    expect(JSON.parse(await readFile(paths.document('dname'), 'utf8')).id).toBe('dother');
  });

  it('refuses to read a document whose file holds another id', async () => {
    const paths = dataPaths(await tempDir());
    await mkdir(paths.documentsDir, { recursive: true });
    await writeFile(paths.document('dname'), documentFile('dother', 'Renamed'));
    await writeFile(paths.library, JSON.stringify({ schemaVersion: 1, documents: [summary('dname', 'Renamed')] }));
    const library = await LibraryStore.open(paths);
    await expect(library.get('dname')).rejects.toMatchObject({ code: 'DAMAGED_DATA' });
  });
});
