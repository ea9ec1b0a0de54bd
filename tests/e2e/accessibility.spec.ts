/**
 * axe-core finds no serious or critical accessibility violations in the library, the reader
 * (with highlights, an open editor and a filter) and the dialogs.
 */
import { libraryOnDisk } from './support/disk';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';

test('library, reader and dialogs have no serious or critical axe violations', async ({ app, dataDir }) => {
  const page = app.page;
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(3);
  expect(await seriousViolations(page), 'library').toEqual([]);

  const doc = (await libraryOnDisk(dataDir))[0]!;
  const text = (await app.handlers.getDocument({ documentId: doc.id })).text;
  const at = text.indexOf('In Moscow');
  await app.handlers.createAnnotation({ documentId: doc.id, start: at, end: at + 20, color: 'yellow', note: 'n', tags: ['t'] });
  await app.handlers.createAnnotation({ documentId: doc.id, start: at + 10, end: at + 40, color: 'purple', note: '', tags: [] });
  await page.getByRole('button', { name: new RegExp(doc.title) }).click();
  await page.locator('.card-summary').first().click();
  await expect(page.getByLabel('Note', { exact: true })).toBeVisible();
  expect(await seriousViolations(page), 'reader').toEqual([]);

  await page.getByRole('button', { name: 'Manage tags…' }).click();
  await expect(page.getByRole('dialog', { name: 'Manage tags' })).toBeVisible();
  expect(await seriousViolations(page), 'tag manager').toEqual([]);
  await page.keyboard.press('Escape');

  await app.menu('export-markdown');
  await expect(page.getByRole('dialog', { name: 'Export highlights' })).toBeVisible();
  expect(await seriousViolations(page), 'export dialog').toEqual([]);
  await page.keyboard.press('Escape');

  await app.menu('restore-backup');
  await expect(page.getByRole('dialog', { name: 'Restore from backup' })).toBeVisible();
  expect(await seriousViolations(page), 'restore dialog').toEqual([]);
});
