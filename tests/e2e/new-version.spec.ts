/**
 * Replacing a document with a new version of its text, against the real services: the report
 * on screen (moved, changed before → after, orphaned), the highlights painted on the new text,
 * the files on disk, an orphan attached to a new selection, and Undo (Ctrl+Z and the report's
 * own button) bringing back the earlier text and highlights, on screen and on disk.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { annotationsOnDisk, exactOf, libraryOnDisk } from './support/disk';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { dragSelect } from './support/selection';

const MOVED = 'The river rose in the night and the bridge held.';
const GONE = 'Birds came back to the marsh in April.';
const EDITED = 'We counted forty herons by the old mill.';
const EDITED_AFTER = 'We counted forty-two herons by the old mill.';
const ADDED = 'A new opening paragraph, added in the second edition.';
const V1 = `Marsh diary\n\n${MOVED}\n\n${GONE}\n\n${EDITED}\n`;
const V2 = `Marsh diary\n\n${ADDED}\n\n${MOVED}\n\n${EDITED_AFTER}\n`;

async function textOnDisk(dataDir: string, documentId: string): Promise<string> {
  return (JSON.parse(await readFile(path.join(dataDir, 'documents', `${documentId}.json`), 'utf8')) as { text: string }).text;
}

async function versionsOnDisk(dataDir: string): Promise<string[]> {
  return readdir(path.join(dataDir, 'versions')).catch(() => []);
}

test('a new version: the report, the highlights on the new text, an orphan attached again, and Undo', async ({ app, dataDir, workDir }) => {
  const page = app.page;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const v1 = path.join(workDir, 'marsh-diary.txt');
  const v2 = path.join(workDir, 'marsh-diary-second-edition.txt');
  await writeFile(v1, V1);
  await writeFile(v2, V2);

  app.dialogs.openAnswers.push(v1);
  await app.menu('open-file');
  const title = page.getByRole('heading', { level: 1 });
  await expect(page.locator('.document-text')).toContainText(MOVED);
  const documentId = (await libraryOnDisk(dataDir)).find((d) => d.source.name === 'marsh-diary.txt')!.id;
  const documentTitle = (await title.textContent())!;

  // Three highlights made with the real mouse and the highlight shortcut.
  for (const passage of [MOVED, GONE, EDITED]) {
    await dragSelect(page, passage);
    await page.keyboard.press('Control+Shift+H');
    await expect(page.locator('.document-text mark', { hasText: passage })).toBeVisible();
  }
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId)).length).toBe(3);
  const before = await annotationsOnDisk(dataDir, documentId);
  const textBefore = await textOnDisk(dataDir, documentId);
  const idOf = (quote: string) => before.find((a) => exactOf(a) === quote)!.id;

  // Replace with New Version… from the reader's actions (one Tab stop; arrow keys reach it).
  app.dialogs.openAnswers.push(v2);
  const newVersion = page.getByRole('toolbar', { name: 'This reading' }).getByRole('button', { name: 'New version…' });
  await newVersion.click();
  const report = page.getByRole('dialog', { name: 'New version' });
  await expect(report).toContainText(
    `“${documentTitle}” now has the new text. 0 highlights unchanged, 1 moved, 1 changed, 1 could not be found (kept as orphans).`,
  );
  await expect(report.getByRole('button', { name: 'Close' })).toBeFocused();
  const changed = report.getByRole('region', { name: /Changed/ });
  await expect(changed.getByRole('listitem')).toHaveText(`“${EDITED}” → became “${EDITED_AFTER}”`);
  await expect(report.getByRole('region', { name: /Could not be found/ }).getByRole('listitem')).toHaveText(`“${GONE}”`);
  await expect(report).toContainText('kept as version 1');
  await report.screenshot({ path: 'test-results/screens/new-version-report.png' });
  expect(await seriousViolations(page, 'dialog[open]'), 'new-version report').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(report).toBeHidden();
  await expect(newVersion).toBeFocused();

  // On screen: the new text, the moved and the changed highlights painted, the deleted one an orphan.
  const text = page.locator('.document-text');
  await expect(text).toContainText(ADDED);
  await expect(text).not.toContainText(GONE);
  await expect(page.locator(`.document-text mark[data-ids~="${idOf(MOVED)}"]`)).toHaveText(MOVED);
  await expect(page.locator(`.document-text mark[data-ids~="${idOf(EDITED)}"]`)).toHaveText(EDITED_AFTER);
  const orphans = page.getByRole('list', { name: 'Orphaned highlights' });
  await expect(orphans.getByRole('listitem')).toHaveCount(1);
  await expect(orphans).toContainText(GONE);
  await expect(orphans).toContainText('Select its passage in the text to attach it again.');

  // On disk: the new text, the old one kept as version 1, the highlights anchored on the new text.
  expect(await textOnDisk(dataDir, documentId)).toContain(ADDED);
  expect(await versionsOnDisk(dataDir)).toEqual([`${documentId}--v1.json`]);
  const replaced = await annotationsOnDisk(dataDir, documentId);
  expect(replaced.map((a) => [a.id, exactOf(a)])).toEqual([
    [idOf(MOVED), MOVED],
    [idOf(GONE), GONE],
    [idOf(EDITED), EDITED_AFTER],
  ]);

  // The orphan goes onto a passage selected in the new text.
  await dragSelect(page, ADDED);
  const attach = orphans.getByRole('button', { name: /Attach to selection/ });
  await attach.click();
  await expect(orphans).toHaveCount(0);
  await expect(page.locator(`.document-text mark[data-ids~="${idOf(GONE)}"]`)).toHaveText(ADDED);
  await expect.poll(async () => exactOf((await annotationsOnDisk(dataDir, documentId)).find((a) => a.id === idOf(GONE))!)).toBe(ADDED);
  await page.screenshot({ path: 'test-results/screens/new-version-attached.png' });

  // Ctrl+Z undoes the attach, then the new version: the earlier text and highlights are back.
  await page.keyboard.press('Control+Z');
  await expect(orphans.getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('Control+Z');
  await expect(page.locator('.notice-info')).toContainText('Undone: new version of the text');
  await expect(text).toContainText(GONE);
  await expect(text).not.toContainText(ADDED);
  for (const passage of [MOVED, GONE, EDITED]) await expect(page.locator(`.document-text mark[data-ids~="${idOf(passage)}"]`)).toHaveText(passage);
  await expect(orphans).toHaveCount(0);
  expect(await textOnDisk(dataDir, documentId)).toBe(textBefore);
  expect(await annotationsOnDisk(dataDir, documentId)).toEqual(before);
  expect(await versionsOnDisk(dataDir)).toEqual([]);
  // A new version cannot be redone, nor can what was done on it (the attach): nothing happens.
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.locator('.notice-info')).toContainText('Nothing to redo.');
  expect(await annotationsOnDisk(dataDir, documentId)).toEqual(before);

  // Again with the shortcut, and Undo from the report itself.
  app.dialogs.openAnswers.push(v2);
  await page.keyboard.press('Control+Shift+R');
  await expect(report).toContainText('1 moved, 1 changed, 1 could not be found');
  await report.getByRole('button', { name: 'Undo' }).click();
  await expect(report.getByRole('status')).toHaveText(
    `“${documentTitle}” has its earlier text again, with its highlights as they were. Highlights made on the new text are kept.`,
  );
  await expect(report.getByRole('button', { name: 'Close' })).toBeFocused();
  await report.screenshot({ path: 'test-results/screens/new-version-undone.png' });
  expect(await seriousViolations(page, 'dialog[open]'), 'new-version report after Undo').toEqual([]);
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(report).toBeHidden();
  await expect(text).toContainText(GONE);
  await expect(text).not.toContainText(ADDED);
  for (const passage of [MOVED, GONE, EDITED]) await expect(page.locator(`.document-text mark[data-ids~="${idOf(passage)}"]`)).toHaveText(passage);
  expect(await textOnDisk(dataDir, documentId)).toBe(textBefore);
  expect(await annotationsOnDisk(dataDir, documentId)).toEqual(before);
  expect(await versionsOnDisk(dataDir)).toEqual([]);
  // The replace left the history with its Undo: Ctrl+Z does not undo it a second time.
  await page.keyboard.press('Control+Z');
  await expect(text).toContainText(GONE);
});

test('cancelling the file choice changes nothing, and the same text again is refused with a message', async ({ app, dataDir, workDir }) => {
  const page = app.page;
  const v1 = path.join(workDir, 'marsh-diary.txt');
  await writeFile(v1, V1);
  app.dialogs.openAnswers.push(v1);
  await app.menu('open-file');
  await expect(page.locator('.document-text')).toContainText(MOVED);
  app.dialogs.openAnswers.push(null);
  await app.menu('replace-version');
  await expect.poll(() => app.dialogs.openAnswers.length).toBe(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  app.dialogs.openAnswers.push(v1);
  await app.menu('replace-version');
  await expect(page.getByRole('alert')).toContainText('holds the same text');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await versionsOnDisk(dataDir)).toEqual([]);
});
