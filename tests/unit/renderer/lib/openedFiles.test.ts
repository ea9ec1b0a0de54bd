import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportReport, LayerChange, OpenedFile } from '../../../../shared/api';
import type { DocumentSummary } from '../../../../shared/model';
import { batchNotice, documentToShow, openedFileLine, receiveOpened, settleFirstPreview } from '../../../../renderer/src/lib/openedFiles';
import { TEACHER } from './annotationFactory';

const summary = (id: string, title: string): DocumentSummary =>
  ({ id, title, source: { kind: 'file', name: `${title}.txt`, importedAt: '2025-01-01T00:00:00.000Z', sha256: 'x' }, length: 100, annotationCount: 0 }) as unknown as DocumentSummary;

const REPORT: ImportReport = {
  format: 'w3c',
  documents: [{ documentId: 'd1', title: 'Tides', routedBy: 'source', exact: 1, approximate: 0, duplicates: 0, orphans: [], layers: [{ name: 'You', own: true, count: 1 }] }],
  unmatched: [],
  problems: [],
};

const preview = (fileName: string): ImportPreview => ({ status: 'preview', token: `token-${fileName}`, fileName, report: REPORT });

const LAYER: LayerChange = { kind: 'packet', author: TEACHER, role: 'teacher', revision: 1, status: 'added', added: 2, changed: 0, removed: 0 };

const opened = {
  document: { name: 'tides.txt', result: { ok: true, value: { status: 'imported', document: summary('d1', 'Tides') } } } satisfies OpenedFile,
  again: { name: 'moons.md', result: { ok: true, value: { status: 'already-in-library', document: summary('d2', 'Moons') } } } satisfies OpenedFile,
  packet: { name: 'week3.marginalia', result: { ok: true, value: { status: 'packet-opened', document: summary('d3', 'Stars'), layer: LAYER } } } satisfies OpenedFile,
  notes: { name: 'notes.json', result: { ok: true, value: preview('notes.json') } } satisfies OpenedFile,
  clippings: { name: 'My Clippings.txt', result: { ok: true, value: preview('My Clippings.txt') } } satisfies OpenedFile,
  refused: { name: 'empty.md', result: { ok: false, error: { code: 'EMPTY_FILE', message: '“empty.md” is empty, so there is nothing to import.' } } } satisfies OpenedFile,
};

describe('openedFileLine', () => {
  it('says what happened to each kind of file', () => {
    expect(openedFileLine(opened.document)).toEqual({ text: 'Opened “tides.txt”: “Tides” is now in your library.', refused: false });
    expect(openedFileLine(opened.again).text).toBe('Opened “moons.md”: “Moons” was already in your library, so it opened with your highlights.');
    expect(openedFileLine(opened.packet).text).toMatch(/^Opened Ms Rivera’s packet for “Stars”: 2 annotations/);
    expect(openedFileLine(opened.notes).text).toBe('“notes.json” holds annotations: check the preview, then import them or cancel.');
    expect(openedFileLine(opened.refused)).toEqual({ text: '“empty.md” was refused: “empty.md” is empty, so there is nothing to import.', refused: true });
  });
});

describe('a book with parts left out', () => {
  it('names each part after the opened sentence', () => {
    const book = { name: 'gap.epub', result: { ok: true, value: { status: 'imported', document: summary('d9', 'Tales'), leftOut: ['Chapter 3 is missing from the book, so it was left out.'] } } } satisfies OpenedFile;
    expect(openedFileLine(book)).toEqual({ text: 'Opened “gap.epub”: “Tales” is now in your library. Chapter 3 is missing from the book, so it was left out.', refused: false });
  });
});

describe('a batch of opened files', () => {
  it('reports every file on its own line, as an error when one was refused, and waits for each preview in order', () => {
    const batch = receiveOpened(null, [opened.document, opened.notes, opened.refused, opened.clippings]);
    expect(batch.waiting.map((w) => w.preview.fileName)).toEqual(['notes.json', 'My Clippings.txt']);
    expect(batchNotice(batch)).toEqual({
      tone: 'error',
      text: [
        'Opened “tides.txt”: “Tides” is now in your library.',
        '“notes.json” holds annotations: check the preview, then import them or cancel.',
        '“empty.md” was refused: “empty.md” is empty, so there is nothing to import.',
        '“My Clippings.txt” holds annotations: check the preview, then import them or cancel.',
      ].join('\n'),
    });

    const first = settleFirstPreview(batch, REPORT);
    expect(first.waiting.map((w) => w.preview.fileName)).toEqual(['My Clippings.txt']);
    expect(first.lines[1]).toEqual({ text: 'Imported 1 annotation from “notes.json” onto “Tides”.', refused: false });

    const done = settleFirstPreview(first, null);
    expect(done.waiting).toEqual([]);
    expect(done.lines.map((l) => l.text)).toEqual([
      'Opened “tides.txt”: “Tides” is now in your library.',
      'Imported 1 annotation from “notes.json” onto “Tides”.',
      '“empty.md” was refused: “empty.md” is empty, so there is nothing to import.',
      'Nothing was imported from “My Clippings.txt”.',
    ]);
    // Settling with nothing waiting changes nothing.
    expect(settleFirstPreview(done, REPORT)).toBe(done);
  });

  it('is informational when nothing was refused', () => {
    expect(batchNotice(receiveOpened(null, [opened.document, opened.packet])).tone).toBe('info');
  });

  it('adds files that arrive while a preview waits to the same message, and starts a new one otherwise', () => {
    const waiting = receiveOpened(null, [opened.notes]);
    const more = receiveOpened(waiting, [opened.packet, opened.clippings]);
    expect(more.lines).toHaveLength(3);
    expect(more.waiting.map((w) => [w.line, w.preview.fileName])).toEqual([
      [0, 'notes.json'],
      [2, 'My Clippings.txt'],
    ]);
    const settled = settleFirstPreview(settleFirstPreview(more, null), null);
    expect(receiveOpened(settled, [opened.document]).lines.map((l) => l.text)).toEqual(['Opened “tides.txt”: “Tides” is now in your library.']);
  });
});

describe('documentToShow', () => {
  it('is the last document or packet opened; previews and refusals open nothing', () => {
    expect(documentToShow([opened.document, opened.packet, opened.notes, opened.refused])).toEqual({ documentId: 'd3', packet: true });
    expect(documentToShow([opened.packet, opened.again])).toEqual({ documentId: 'd2', packet: false });
    expect(documentToShow([opened.notes, opened.refused])).toBeNull();
    expect(documentToShow([])).toBeNull();
  });
});
