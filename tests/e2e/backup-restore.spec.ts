/**
 * A damaged highlights file: the app keeps it aside, says which document is affected, offers
 * the newest backup, and File → Restore from Backup… brings the highlights back.
 */
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppSession } from './support/bridge';
import { annotationsOnDisk, libraryOnDisk } from './support/disk';
import { expect, test } from './support/fixtures';

const TITLE = "Syria's new leader at the Kremlin";

test('recovers damaged highlights from a backup through the UI', async ({ app, dataDir }) => {
  const documentId = (await libraryOnDisk(dataDir)).find((d) => d.title === TITLE)!.id;
  const text = (await app.handlers.getDocument({ documentId })).text;
  const start = text.indexOf('The day was rainy');
  await app.handlers.createAnnotation({ documentId, start, end: start + 17, color: 'purple', note: 'weather', tags: [] });
  await app.page.close();

  // The next launch takes today's backup, which holds the highlight.
  const second = await AppSession.start(await app.page.context().newPage(), dataDir);
  expect((await second.handlers.listBackups({})).map((b) => [b.reason, b.annotationCount])).toEqual([['daily', 1]]);
  await second.page.close();

  // The highlights file gets damaged between launches.
  const file = path.join(dataDir, 'annotations', `${documentId}.json`);
  await writeFile(file, '{"schemaVersion":2,"annotations":[{"id":"5b0c');

  const third = await AppSession.start(await app.page.context().newPage(), dataDir);
  const page = third.page;
  await page.getByRole('button', { name: new RegExp(TITLE) }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`The highlights of “${TITLE}” were damaged`);
  await expect(alert).toContainText('1 highlight)');
  expect((await readdir(path.join(dataDir, 'annotations'))).some((f) => f.includes('.unreadable-'))).toBe(true);
  await expect(page.getByRole('article', { name: 'Document text' })).toContainText('The day was rainy');

  await alert.getByRole('button', { name: 'Restore from backup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(dialog.getByRole('radio')).toHaveCount(1);
  await expect(dialog).toContainText('Daily backup · 3 documents · 1 highlight');
  await page.screenshot({ path: 'test-results/screens/restore-dialog.png' });
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Restored the backup' })).toContainText('3 documents, 1 highlight.');

  await page.getByRole('button', { name: new RegExp(`${TITLE}.*1 highlight`) }).click();
  await expect(page.locator('mark.hl-purple')).toHaveText('The day was rainy');
  expect((await annotationsOnDisk(dataDir, documentId)).map((a) => a.note)).toEqual(['weather']);
  expect(third.errors).toEqual([]);
});

test('Restore from Backup… from the menu lists backups and can be cancelled', async ({ app, dataDir }) => {
  await app.page.close();
  const next = await AppSession.start(await app.page.context().newPage(), dataDir);
  await next.menu('restore-backup');
  const dialog = next.page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(dialog.getByRole('radio', { checked: true })).toHaveCount(1);
  await next.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(next.errors).toEqual([]);
});

test('a damaged library index is rebuilt from the documents and the user is told', async ({ app, dataDir }) => {
  const documentId = (await libraryOnDisk(dataDir))[1]!.id;
  await app.handlers.createAnnotation({ documentId, start: 0, end: 7, color: 'green', note: '', tags: [] });
  await app.page.close();
  await writeFile(path.join(dataDir, 'library.json'), '{"schemaVersion":1,"documents":[{"id":"d');

  const next = await AppSession.start(await app.page.context().newPage(), dataDir);
  const alert = next.page.getByRole('alert');
  await expect(alert).toContainText('The library index was damaged');
  await expect(alert).toContainText('rebuilt from your 3 documents; no highlights were lost');
  await expect(alert.getByRole('button', { name: 'Restore from backup…' })).toBeVisible();
  await expect(next.page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(3);
  await expect(next.page.getByRole('button', { name: /1 highlight$/ })).toBeVisible();
  expect((await readdir(dataDir)).some((f) => f.startsWith('library.json.unreadable-'))).toBe(true);
  expect(next.errors).toEqual([]);
});
