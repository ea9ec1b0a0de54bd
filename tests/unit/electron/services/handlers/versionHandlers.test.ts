/**
 * A document replaced by a new version: highlights found again (unchanged, moved, changed) or
 * orphaned and kept with their old passage, the old text kept, Undo bringing it all back, an
 * orphan re-attached to new text; and the same from the command line.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../../electron/services/createServices';
import { runCommand } from '../../../../support/runCommand';
import { useTempDirs } from '../../../../support/tempDir';

const tempDir = useTempDirs();
const SAMPLES_DIR = path.resolve(__dirname, '../../../../../assets/samples');
const V1 = 'Field notes\n\nThe river rose in the night and the bridge held.\n\nBirds came back to the marsh in April.\n\nWe counted forty herons by the old mill.\n';
const V2 = 'Field notes\n\nA new opening paragraph, added in the second edition.\n\nThe river rose in the night and the bridge held.\n\nWe counted forty-two herons by the old mill.\n';

async function library() {
  const dataDir = await tempDir();
  const folder = await tempDir();
  await writeFile(path.join(folder, 'notes.txt'), V1);
  await writeFile(path.join(folder, 'notes-v2.txt'), V2);
  const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR });
  const opened = await services.importDocumentFile({ path: path.join(folder, 'notes.txt') });
  const documentId = opened.document.id;
  const text = (await services.getDocument({ documentId })).text;
  const mark = (needle: string, note: string) => services.createAnnotation({ documentId, start: text.indexOf(needle), end: text.indexOf(needle) + needle.length, color: 'green', note, tags: [] });
  return { dataDir, folder, services, documentId, mark };
}

describe('replacing a document with a new version', () => {
  it('anchors every highlight again, reports moved, changed and orphaned ones, keeps the old text, and undoes it all', async () => {
    const { dataDir, folder, services, documentId, mark } = await library();
    const moved = await mark('The river rose in the night', 'flood');
    const gone = await mark('Birds came back to the marsh in April.', 'spring');
    const edited = await mark('We counted forty herons by the old mill.', 'count');
    const before = await readFile(path.join(dataDir, 'annotations', `${documentId}.json`), 'utf8');

    const outcome = await services.replaceDocumentFile({ documentId, path: path.join(folder, 'notes-v2.txt') });
    expect(outcome.version).toBe(1);
    expect(outcome.report.moved.map((m) => m.id)).toEqual([moved.id]);
    expect(outcome.report.changed).toEqual([{ id: edited.id, before: 'We counted forty herons by the old mill.', after: 'We counted forty-two herons by the old mill.' }]);
    expect(outcome.report.orphaned).toEqual([{ id: gone.id, quote: 'Birds came back to the marsh in April.' }]);
    expect((await services.getDocument({ documentId })).text).toContain('second edition');
    expect(await readdir(path.join(dataDir, 'versions'))).toEqual([`${documentId}--v1.json`]);
    const orphan = (await services.listAnnotations({ documentId })).annotations.find((a) => a.id === gone.id)!;
    expect(orphan.target.selector[0]).toMatchObject({ exact: 'Birds came back to the marsh in April.' });
    expect(orphan.note).toBe('spring');

    // An orphan is attached again by selecting new text.
    const text = (await services.getDocument({ documentId })).text;
    const at = text.indexOf('A new opening paragraph');
    const reattached = await services.reattachAnnotation({ documentId, annotationId: gone.id, start: at, end: at + 23 });
    expect(reattached).toMatchObject({ note: 'spring', target: { selector: [{ exact: 'A new opening paragraph' }, { start: at }] } });

    expect(await services.undoNewVersion({ documentId })).toEqual({ restoredVersion: 1 });
    expect((await services.getDocument({ documentId })).text).not.toContain('second edition');
    expect(JSON.parse(await readFile(path.join(dataDir, 'annotations', `${documentId}.json`), 'utf8'))).toEqual(JSON.parse(before));
    expect(await readdir(path.join(dataDir, 'versions'))).toEqual([]);
    await expect(services.undoNewVersion({ documentId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses the same text, and a text already in the library, changing nothing', async () => {
    const { folder, services, documentId } = await library();
    await expect(services.replaceDocumentFile({ documentId, path: path.join(folder, 'notes.txt') })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/same text/) });
    await services.importDocumentFile({ path: path.join(folder, 'notes-v2.txt') });
    await expect(services.replaceDocumentFile({ documentId, path: path.join(folder, 'notes-v2.txt') })).rejects.toMatchObject({ message: expect.stringMatching(/already in your library/) });
  });

  it('works from the command line with --new-version-of', async () => {
    const { dataDir, folder, mark } = await library();
    await mark('Birds came back to the marsh in April.', 'spring');
    const replaced = await runCommand(['import', path.join(folder, 'notes-v2.txt'), '--new-version-of', 'Field notes', '--data', dataDir]);
    expect(replaced.stderr).toBe('');
    expect(replaced.stdout).toBe('Replaced the text of “Field notes” (the old text is kept as version 1): 0 highlights unchanged, 0 moved, 0 changed, 1 orphaned.\norphaned: “Birds came back to the marsh in April.”\n');
  });
});
