/**
 * Changes made faster than their saves come back: on a loaded machine the answer to one save
 * can arrive after the user's next action. No tag or highlight may be lost to that ordering.
 * The bridge holds the answers back to make the ordering certain.
 */
import path from 'node:path';
import { annotationsOnDisk, libraryOnDisk } from './support/disk';
import { expect, test } from './support/fixtures';
import { dragSelect } from './support/selection';

const ARTICLE_TITLE = "Unpacking Sharaa's diplomatic overture to Putin";
const PASSAGE = 'Putin, too, was keen to put the past behind them';

test('a second tag added before the first one is saved keeps both tags', async ({ app, dataDir }) => {
  const page = app.page;
  await page.getByRole('button', { name: new RegExp(ARTICLE_TITLE) }).click();
  const documentId = (await libraryOnDisk(dataDir)).find((d) => d.title === ARTICLE_TITLE)!.id;
  await dragSelect(page, PASSAGE);
  await page.getByRole('toolbar', { name: 'Highlight selection' }).getByRole('button', { name: /^Highlight green/ }).click();
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId)).length).toBe(1);

  const sidebar = page.getByRole('complementary', { name: /Highlights/ });
  const tags = sidebar.getByLabel('Tags', { exact: true });
  const release = app.holdReplies('updateAnnotation');
  await tags.fill('diplomacy');
  await tags.press('Enter');
  // The first tag is on disk, but the page has not heard back yet when the second is added.
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId))[0]?.tags).toEqual(['diplomacy']);
  await tags.fill('to read');
  await tags.press('Enter');
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId))[0]?.tags).toEqual(['diplomacy', 'to read']);
  release();

  await expect(sidebar.getByRole('status')).toHaveText('Saved');
  await expect(sidebar.getByRole('list', { name: 'Tags of this highlight' }).getByRole('listitem')).toHaveText([/^diplomacy/, /^to read/]);
  expect((await annotationsOnDisk(dataDir, documentId))[0]?.tags).toEqual(['diplomacy', 'to read']);
  await page.screenshot({ path: path.join('test-results', 'screens', 'f1-flake-tags-light.png') });
});

test('a note typed just before leaving the reader is saved, not dropped with its unsaved pause', async ({ app, dataDir }) => {
  const page = app.page;
  await page.getByRole('button', { name: new RegExp(ARTICLE_TITLE) }).click();
  const documentId = (await libraryOnDisk(dataDir)).find((d) => d.title === ARTICLE_TITLE)!.id;
  await dragSelect(page, PASSAGE);
  await page.getByRole('toolbar', { name: 'Highlight selection' }).getByRole('button', { name: /^Highlight green/ }).click();
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId)).length).toBe(1);

  const note = page.getByRole('complementary', { name: /Highlights/ }).getByLabel('Note', { exact: true });
  await note.fill('Typed, then straight back to the library');
  // Within the note's autosave pause, and without leaving the field first: the reader goes away.
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId))[0]?.note).toBe('Typed, then straight back to the library');
});
