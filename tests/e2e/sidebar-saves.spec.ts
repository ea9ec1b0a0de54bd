/**
 * Saves from a sidebar card that overlap (the next change made before the last one answered, as
 * on a loaded machine): Undo steps back one change at a time as the user made them, and the
 * card says Saving… until the last of them has answered, then Saved, or Not saved if any failed.
 * The bridge holds the services' answers back to make the ordering certain; the saves are real.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AppSession } from './support/bridge';
import { annotationsOnDisk, libraryOnDisk } from './support/disk';
import { expect, test } from './support/fixtures';

const TITLE = "Unpacking Sharaa's diplomatic overture to Putin";
const PASSAGE = 'Putin, too, was keen to put the past behind them';

/** Makes one yellow highlight through the services, opens the article and makes its card active. */
async function openWithHighlight(app: AppSession, dataDir: string): Promise<string> {
  const documentId = (await libraryOnDisk(dataDir)).find((d) => d.title === TITLE)!.id;
  const text = (await app.handlers.getDocument({ documentId })).text;
  const start = text.indexOf(PASSAGE);
  await app.handlers.createAnnotation({ documentId, start, end: start + PASSAGE.length, color: 'yellow', note: '', tags: [] });
  await app.page.getByRole('button', { name: new RegExp(TITLE) }).click();
  await sidebarOf(app.page).locator('.annotation-card .card-summary').first().click();
  return documentId;
}

const sidebarOf = (page: Page) => page.getByRole('complementary', { name: /Highlights/ });

/** Adds a tag with the card's tag field, as typed. */
async function addTag(page: Page, tag: string): Promise<void> {
  const field = sidebarOf(page).getByLabel('Tags', { exact: true });
  await field.fill(tag);
  await field.press('Enter');
}

test('undo after two quick tag changes steps back one tag at a time', async ({ app, dataDir }) => {
  const page = app.page;
  const documentId = await openWithHighlight(app, dataDir);
  const tagsOnDisk = async () => (await annotationsOnDisk(dataDir, documentId))[0]?.tags;
  const chips = sidebarOf(page).getByRole('list', { name: 'Tags of this highlight' }).getByRole('listitem');

  const release = app.holdReplies('updateAnnotation');
  await addTag(page, 'diplomacy');
  await expect.poll(tagsOnDisk).toEqual(['diplomacy']);
  // The first tag is on disk, but the page has not heard back when the second is added.
  await addTag(page, 'to read');
  await expect.poll(tagsOnDisk).toEqual(['diplomacy', 'to read']);
  release();
  await expect(sidebarOf(page).getByRole('status')).toHaveText('Saved');

  await page.locator('.reader-header h1').click();
  await page.keyboard.press('Control+Z');
  await expect.poll(tagsOnDisk).toEqual(['diplomacy']);
  await expect(chips).toHaveText([/^diplomacy/]);
  await page.keyboard.press('Control+Z');
  await expect.poll(tagsOnDisk).toEqual([]);
  await expect(chips).toHaveCount(0);
  // Redo makes them again in the order they were made.
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(tagsOnDisk).toEqual(['diplomacy']);
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(tagsOnDisk).toEqual(['diplomacy', 'to read']);
});

test('the card says Saving… until the last of two overlapping saves has answered, then Saved', async ({ app, dataDir }) => {
  const page = app.page;
  const documentId = await openWithHighlight(app, dataDir);
  const status = sidebarOf(page).getByRole('status');
  const mark = page.locator('.document-text mark').first();

  const releaseColour = app.holdReplies('updateAnnotation');
  await sidebarOf(page).getByRole('button', { name: 'Blue', exact: true }).click();
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId))[0]?.color).toBe('blue');
  const releaseTag = app.holdReplies('updateAnnotation');
  await addTag(page, 'diplomacy');
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId))[0]?.tags).toEqual(['diplomacy']);
  await expect(status).toHaveText('Saving…');

  // The colour's answer arrives (the text is repainted blue); the tag's is still on its way.
  releaseColour();
  await expect(mark).toHaveClass(/hl-blue/);
  await expect(status).toHaveText('Saving…');
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await sidebarOf(page).locator('.card-active').screenshot({ path: path.join('test-results', 'screens', `sidebar-saves-saving-${theme}.png`) });
  }

  releaseTag();
  await expect(status).toHaveText('Saved');
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await sidebarOf(page).locator('.card-active').screenshot({ path: path.join('test-results', 'screens', `sidebar-saves-saved-${theme}.png`) });
  }
});

test('when one of two overlapping saves fails, the card ends on Not saved and keeps the note typed', async ({ app, dataDir }) => {
  const page = app.page;
  const documentId = await openWithHighlight(app, dataDir);
  const status = sidebarOf(page).getByRole('status');
  const note = sidebarOf(page).getByLabel('Note', { exact: true });

  // The annotations folder replaced by a file: the note's save fails (its answer is held).
  const folder = path.join(dataDir, 'annotations');
  await rename(folder, `${folder}.moved`);
  await writeFile(folder, 'not a folder');
  const releaseNote = app.holdReplies('updateAnnotation');
  const before = app.callsMade('updateAnnotation');
  // Saved as typed, once typing pauses; then no other save of it is waiting to start.
  await note.fill('Compare with the Geneva talks');
  await expect.poll(() => app.callsMade('updateAnnotation')).toBe(before + 1);
  await rm(folder);
  await rename(`${folder}.moved`, folder);

  // A tag saved after it succeeds, and answers last.
  const releaseTag = app.holdReplies('updateAnnotation');
  await addTag(page, 'diplomacy');
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId))[0]?.tags).toEqual(['diplomacy']);
  releaseNote();
  await expect(page.getByRole('alert')).toContainText(/not saved/i);
  await expect(status).toHaveText('Saving…');
  releaseTag();
  await expect(status).toHaveText('Your note was not saved. It is kept here; press Ctrl+Enter to try again.');
  await expect(note).toHaveValue('Compare with the Geneva talks');
  expect((await annotationsOnDisk(dataDir, documentId))[0]?.note).toBe('');
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await sidebarOf(page).locator('.card-active').screenshot({ path: path.join('test-results', 'screens', `sidebar-saves-not-saved-${theme}.png`) });
  }

  // Trying again saves the note that was kept.
  await note.press('Control+Enter');
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId))[0]?.note).toBe('Compare with the Geneva talks');
  await expect(status).toHaveText('Saved');
});

test('a tag that could not be saved is back in the tag field, and Enter saves it once writing works again', async ({ app, dataDir }) => {
  const page = app.page;
  const documentId = await openWithHighlight(app, dataDir);
  const status = sidebarOf(page).getByRole('status');
  const field = sidebarOf(page).getByLabel('Tags', { exact: true });

  const folder = path.join(dataDir, 'annotations');
  await rename(folder, `${folder}.moved`);
  await writeFile(folder, 'not a folder');
  await addTag(page, 'diplomacy');
  await expect(status).toHaveText('Your tags were not saved. Make the change again to retry.');
  await expect(field).toHaveValue('diplomacy');
  await rm(folder);
  await rename(`${folder}.moved`, folder);

  await field.press('Enter');
  await expect(status).toHaveText('Saved');
  await expect(field).toHaveValue('');
  expect((await annotationsOnDisk(dataDir, documentId))[0]?.tags).toEqual(['diplomacy']);
});
