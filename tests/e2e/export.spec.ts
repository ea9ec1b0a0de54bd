/**
 * Exports analysts can trust, through the UI: a library export into a folder with progress
 * and "Show in folder", and a W3C JSON export imported back onto the document.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseExport } from '../support/parseMarkdown';
import { annotationsOnDisk, libraryOnDisk } from './support/disk';
import { expect, test } from './support/fixtures';

test('exports the library as one Markdown file per document with an index, showing progress', async ({ app, dataDir, workDir }) => {
  const page = app.page;
  for (const doc of await libraryOnDisk(dataDir)) {
    const text = (await app.handlers.getDocument({ documentId: doc.id })).text;
    await app.handlers.createAnnotation({ documentId: doc.id, start: 0, end: text.indexOf(' ', 12), color: 'pink', note: `About ${doc.title}`, tags: ['syria'] });
  }
  await page.evaluate(() => {
    const w = window as unknown as { __progress: unknown[]; marginalia: { onProgress: (l: (e: unknown) => void) => void } };
    w.__progress = [];
    w.marginalia.onProgress((e) => w.__progress.push(e));
  });

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export highlights' });
  await expect(dialog.getByRole('radio', { name: 'The whole library' })).toBeChecked();
  await dialog.getByRole('radio', { name: /One file per document/ }).check();
  await dialog.getByLabel('Arrange highlights').selectOption('tag');
  await page.screenshot({ path: 'test-results/screens/export-dialog.png' });
  app.dialogs.folderAnswers.push(workDir);
  await dialog.getByRole('button', { name: 'Export…' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Exported 4 files to' })).toContainText(workDir);
  expect((await readdir(workDir)).sort()).toEqual(
    ["A new flag at Syria's embassy in Moscow.md", "Syria's new leader at the Kremlin.md", "Unpacking Sharaa's diplomatic overture to Putin.md", 'index.md'],
  );
  const one = parseExport(await readFile(path.join(workDir, "Syria's new leader at the Kremlin.md"), 'utf8'));
  expect(one.headings.map((h) => h.text)).toEqual(["Syria's new leader at the Kremlin", '#syria']);
  expect(one.paragraphs).toContain("About Syria's new leader at the Kremlin");
  await expect.poll(() => page.evaluate(() => (window as unknown as { __progress: unknown[] }).__progress.length)).toBe(4);

  await page.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => app.dialogs.shown).toEqual([path.join(workDir, 'index.md')]);
});

test('exports a document as W3C JSON and imports it back after the highlight was deleted', async ({ app, dataDir, workDir }) => {
  const page = app.page;
  const doc = (await libraryOnDisk(dataDir))[0]!;
  const text = (await app.handlers.getDocument({ documentId: doc.id })).text;
  const start = text.indexOf('special relations');
  await app.handlers.createAnnotation({ documentId: doc.id, start, end: start + 17, color: 'purple', note: 'quote marks', tags: ['ties'] });
  await page.getByRole('button', { name: new RegExp(doc.title) }).click();
  await expect(page.locator('mark.hl-purple')).toHaveText('special relations');

  const file = path.join(workDir, 'notes.json');
  app.dialogs.saveAnswers.push(file);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export highlights' });
  await dialog.getByRole('radio', { name: /W3C Web Annotation JSON/ }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toContainText(file);
  const collection = JSON.parse(await readFile(file, 'utf8'));
  expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 1 });

  await page.locator('.card-summary').first().click();
  await page.getByRole('button', { name: 'Delete highlight' }).click();
  await expect(page.locator('mark.hl-purple')).toHaveCount(0);

  app.dialogs.openAnswers.push(file);
  await page.getByRole('button', { name: 'Import…' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Import annotations' });
  await importDialog.getByRole('button', { name: 'Choose file…' }).click();
  await importDialog.getByRole('button', { name: 'Import 1 annotation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 annotation' })).toBeVisible();
  await expect(page.locator('mark.hl-purple')).toHaveText('special relations');
  expect((await annotationsOnDisk(dataDir, doc.id)).map((a) => [a.note, a.tags])).toEqual([['quote marks', ['ties']]]);

  app.dialogs.openAnswers.push(file);
  await page.getByRole('button', { name: 'Import…' }).click();
  await importDialog.getByRole('button', { name: 'Choose file…' }).click();
  await expect(importDialog).toContainText('1 already here, skipped');
  await expect(importDialog.getByRole('button', { name: /^Import/ })).toHaveCount(0);
});
