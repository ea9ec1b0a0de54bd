/**
 * A save that fails mid-session (here the annotations folder is replaced by a file, which
 * stops writes even for root) is shown to the user, paints nothing, and the next successful
 * save does not carry the failed highlight to disk.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { annotationsOnDisk, exactOf, libraryOnDisk } from './support/disk';
import { expect, test } from './support/fixtures';
import { dragSelect } from './support/selection';

const TITLE = "Syria's new leader at the Kremlin";

test('a highlight that cannot be saved says so, is not shown, and never reaches the disk later', async ({ app, dataDir }) => {
  const page = app.page;
  const documentId = (await libraryOnDisk(dataDir)).find((d) => d.title === TITLE)!.id;
  await page.getByRole('button', { name: new RegExp(TITLE) }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  const folder = path.join(dataDir, 'annotations');
  await rename(folder, `${folder}.moved`);
  await writeFile(folder, 'not a folder');

  await dragSelect(page, 'The day was rainy', 'rainy');
  await page.getByRole('toolbar', { name: 'Highlight selection' }).getByRole('button', { name: /^Highlight pink/ }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/not saved/i);
  await expect(page.locator('.document-text mark')).toHaveCount(0);

  await rm(folder);
  await mkdir(folder);
  await dragSelect(page, 'Vladimir Putin', 'Putin');
  await page.getByRole('toolbar', { name: 'Highlight selection' }).getByRole('button', { name: /^Highlight green/ }).click();
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId)).map(exactOf)).toEqual(['Vladimir Putin']);
  await expect(page.locator('.document-text mark')).toHaveCount(1);
  expect(app.errors).toEqual([]);
});
