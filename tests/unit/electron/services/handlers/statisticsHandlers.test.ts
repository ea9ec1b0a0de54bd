/**
 * Statistics over a real data folder: the user's own annotations counted per document, per tag
 * and per day of the last week, other people's layers left out, one unreadable file reported
 * while the others are still counted, and one document asked for on its own.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../../electron/services/createServices';
import { SAMPLES_DIR } from '../../../../support/seeds';
import { useTempDirs } from '../../../../support/tempDir';

const tempDir = useTempDirs();

/** A library of the three samples, on a clock the test moves. */
async function library() {
  const dataDir = await tempDir();
  let time = Date.parse('2026-11-20T10:00:00.000Z');
  const clock = { now: () => new Date(time), at: (iso: string) => (time = Date.parse(iso)) };
  const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR, now: clock.now });
  const documents = await services.listDocuments({});
  const mark = async (index: number, color: 'yellow' | 'green' | 'blue', tags: string[] = [], note = '') => {
    const documentId = documents[index]!.id;
    const text = (await services.getDocument({ documentId })).text;
    const start = text.search(/\w/);
    return services.createAnnotation({ documentId, start, end: start + 12, color, note, tags });
  };
  return { dataDir, services, documents, clock, mark };
}

describe('getStatistics', () => {
  it('counts the user’s annotations per document, per tag and per day of the last week', async () => {
    const { services, documents, clock, mark } = await library();
    await mark(0, 'yellow', ['history'], 'old note');
    clock.at('2026-11-28T09:00:00.000Z');
    await mark(0, 'green', ['history', 'war']);
    await mark(1, 'green', ['history']);
    clock.at('2026-11-30T08:00:00.000Z');
    const newest = await mark(1, 'blue', [], 'why?');

    const stats = await services.getStatistics({ now: '2026-11-30T12:00:00.000Z', utcOffsetMinutes: 0 });
    expect(stats.totals).toEqual({ highlights: 4, notes: 2, tags: 2, documentsAnnotated: 2, documents: 3 });
    expect(stats.byColor).toEqual({ yellow: 1, green: 2, blue: 1, pink: 0, purple: 0 });
    const first = stats.documents.find((d) => d.documentId === documents[0]!.id)!;
    expect(first).toMatchObject({ title: documents[0]!.title, total: 2, notes: 1, byColor: { yellow: 1, green: 1 }, lastAnnotated: '2026-11-28T09:00:00.000Z' });
    expect(first.tags).toEqual([{ tag: 'history', count: 2 }, { tag: 'war', count: 1 }]);
    expect(stats.tags.map((t) => [t.tag, t.count, t.documents])).toEqual([['history', 3, 2], ['war', 1, 1]]);
    expect(stats.week.days.map((d) => d.count)).toEqual([0, 0, 0, 0, 2, 0, 1]);
    expect(stats.week.total).toBe(3);
    expect(stats.week.recent[0]).toMatchObject({ annotationId: newest.id, documentId: documents[1]!.id, title: documents[1]!.title, color: 'blue', hasNote: true });
    expect(stats.problems).toEqual([]);

    const one = await services.getStatistics({ documentId: documents[1]!.id, now: '2026-11-30T12:00:00.000Z', utcOffsetMinutes: 0 });
    expect(one.totals).toEqual({ highlights: 2, notes: 1, tags: 1, documentsAnnotated: 1, documents: 1 });
    await expect(services.getStatistics({ documentId: 'dnosuchdocument' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('measures the week on the service’s clock and local time when the caller does not say', async () => {
    const { services, clock, mark } = await library();
    clock.at('2026-11-30T08:00:00.000Z');
    await mark(0, 'yellow');
    const stats = await services.getStatistics({});
    expect(stats.week.total).toBe(1);
    expect(stats.week.days.reduce((sum, d) => sum + d.count, 0)).toBe(1);
  });

  it('leaves other people’s layers out', async () => {
    const { services, documents, mark } = await library();
    await mark(0, 'yellow');
    const folder = await tempDir();
    const file = path.join(folder, 'alice.json');
    const text = (await services.getDocument({ documentId: documents[0]!.id })).text;
    const exact = text.slice(text.search(/\w/), text.search(/\w/) + 20);
    const row = { id: 'alice-1', created: '2026-11-29T03:04:05Z', updated: '2026-11-29T03:04:05Z', uri: 'https://example.org/k', tags: ['theirs'], text: 'Nice.' };
    await writeFile(file, JSON.stringify({ export_date: '2026-11-29T09:00:00Z', annotations: [{ ...row, user: 'acct:alice@hypothes.is', target: [{ source: 'https://example.org/k', selector: [{ type: 'TextQuoteSelector', exact }] }] }] }));
    const imported = await services.importForeignFile({ path: file, documentId: documents[0]!.id, dryRun: false });
    expect(JSON.stringify(imported)).toContain('alice');
    expect((await services.listLayers({ documentId: documents[0]!.id })).length).toBeGreaterThan(1);

    const stats = await services.getStatistics({ now: '2026-11-30T12:00:00.000Z', utcOffsetMinutes: 0 });
    expect(stats.totals.highlights).toBe(1);
    expect(stats.tags).toEqual([]);
  });

  it('reports a document whose highlights cannot be read and still counts the others', async () => {
    const { dataDir, documents, clock } = await library();
    const first = await createServices({ dataDir, samplesDir: SAMPLES_DIR, now: clock.now });
    const text = (await first.getDocument({ documentId: documents[1]!.id })).text;
    await first.createAnnotation({ documentId: documents[1]!.id, start: 0, end: text.indexOf(' ', 5), color: 'pink', note: '', tags: [] });
    await mkdir(path.join(dataDir, 'annotations'), { recursive: true });
    await writeFile(path.join(dataDir, 'annotations', `${documents[0]!.id}.json`), JSON.stringify({ schemaVersion: 99, annotations: "in a new shape" }));
    await writeFile(path.join(dataDir, 'annotations', `${documents[2]!.id}.json`), '{ not json');

    const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR, now: clock.now });
    const stats = await services.getStatistics({});
    expect(stats.totals.highlights).toBe(1);
    expect(stats.byColor.pink).toBe(1);
    expect(stats.problems).toHaveLength(2);
    expect(stats.problems.join(' ')).toContain(documents[0]!.title);
    expect(stats.problems.join(' ')).toContain('newer version');
    expect(stats.problems.join(' ')).toContain(documents[2]!.title);
  });

  it('counts what changed since the last call, and leaves the highlights it read as they were', async () => {
    const { services, documents, mark } = await library();
    const first = await mark(0, 'yellow', ['draft']);
    expect((await services.getStatistics({})).totals.highlights).toBe(1);
    await services.updateAnnotation({ documentId: documents[0]!.id, annotationId: first.id, changes: { color: 'blue', tags: ['final'] } });
    await mark(1, 'green');
    const stats = await services.getStatistics({});
    expect(stats.totals.highlights).toBe(2);
    expect(stats.byColor).toMatchObject({ yellow: 0, blue: 1, green: 1 });
    expect(stats.tags.map((t) => t.tag)).toEqual(['final']);
    expect((await services.listAnnotations({ documentId: documents[0]!.id })).annotations[0]).toMatchObject({ color: 'blue', tags: ['final'] });
  });

  it('gives zeros for a library without highlights', async () => {
    const { services } = await library();
    const stats = await services.getStatistics({});
    expect(stats.totals).toEqual({ highlights: 0, notes: 0, tags: 0, documentsAnnotated: 0, documents: 3 });
    expect(stats.week.recent).toEqual([]);
  });
});
