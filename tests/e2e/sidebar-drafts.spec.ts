/**
 * Text typed in a sidebar card and not yet saved outlives the card: the sidebar renders only the
 * cards near its view, so a card scrolled far away is removed from the page, and a reply being
 * written in it, or a note whose save failed, must be there again when the card comes back.
 * Real services on a real data folder; a long document with a teacher's layer is seeded.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { AppSession } from './support/bridge';
import { seriousViolations } from './support/axe';
import { annotationsOnDisk, libraryOnDisk } from './support/disk';
import { expect, test } from './support/fixtures';
import { seedTeacherLayer } from './support/teacherLayer';
import { LARGE_TITLE, seedLargeDocument } from '../bench/open/largeDocument';

/** Scrolls the sidebar to its end, then back to its start. */
async function scrollAwayAndBack(sidebar: Locator, card: Locator): Promise<void> {
  await sidebar.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(card).toHaveCount(0);
  await sidebar.evaluate((element) => element.scrollTo({ top: 0 }));
  await expect(card).toBeVisible();
}

test('a reply typed in a card that scrolls out of the sidebar is there when it comes back, and is saved when sent', async ({ page, dataDir, workDir }) => {
  test.setTimeout(120_000);
  const { documentId } = await seedLargeDocument(dataDir, workDir, 0);
  const teacher = await seedTeacherLayer(dataDir, documentId, 300);
  const first = teacher[0]!;
  const app = await AppSession.start(page, dataDir);
  await page.getByRole('button', { name: new RegExp(LARGE_TITLE) }).click();
  const sidebar = page.getByRole('complementary', { name: /Highlights/ });
  const card = sidebar.locator(`[data-annotation-id="${first.id}"]`);
  await expect(card).toBeVisible();

  await card.getByRole('button', { name: 'Reply' }).click();
  const reply = card.getByLabel('Your reply');
  await reply.fill('Because the harbour was closed that winter.');
  // Focus leaves the card (it would otherwise be kept rendered), then the card scrolls away.
  await page.locator('.reader-header h1').click();
  await scrollAwayAndBack(sidebar, card);

  await expect(reply).toHaveValue('Because the harbour was closed that winter.');
  expect(await seriousViolations(page, '.sidebar'), 'sidebar with a restored reply draft').toEqual([]);
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await card.screenshot({ path: path.join('test-results', 'screens', `sidebar-drafts-reply-restored-${theme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await card.getByRole('button', { name: 'Save reply' }).click();
  await expect(card.getByRole('listitem').filter({ hasText: 'Because the harbour was closed that winter.' })).toBeVisible();
  await expect
    .poll(async () => (await annotationsOnDisk(dataDir, documentId)).map((a) => [a.motivation, a.note]))
    .toEqual([['replying', 'Because the harbour was closed that winter.']]);

  // An edit of the saved reply, not yet saved, survives the same trip.
  await card.getByRole('button', { name: 'Edit your reply' }).click();
  const edit = card.getByLabel('Edit your reply');
  await edit.fill('Because the harbour froze that winter.');
  await page.locator('.reader-header h1').click();
  await scrollAwayAndBack(sidebar, card);
  await expect(edit).toHaveValue('Because the harbour froze that winter.');
  await card.getByRole('button', { name: 'Save reply' }).click();
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId)).map((a) => a.note)).toEqual(['Because the harbour froze that winter.']);

  // Once sent, the draft is gone: the card comes back with the Reply button, not an editor.
  await scrollAwayAndBack(sidebar, card);
  await expect(card.getByRole('textbox')).toHaveCount(0);
  expect(app.errors, 'console errors or uncaught exceptions in the page').toEqual([]);
});

test('a note whose save failed as the reader closed is back in its card when the document is opened again', async ({ app, dataDir }) => {
  const page = app.page;
  const title = "Unpacking Sharaa's diplomatic overture to Putin";
  const documentId = (await libraryOnDisk(dataDir)).find((d) => d.title === title)!.id;
  const text = (await app.handlers.getDocument({ documentId })).text;
  const passage = 'Putin, too, was keen to put the past behind them';
  const start = text.indexOf(passage);
  await app.handlers.createAnnotation({ documentId, start, end: start + passage.length, color: 'yellow', note: '', tags: [] });
  await page.getByRole('button', { name: new RegExp(title) }).click();
  const sidebar = page.getByRole('complementary', { name: /Highlights/ });
  await sidebar.locator('.annotation-card .card-summary').first().click();

  const folder = path.join(dataDir, 'annotations');
  await rename(folder, `${folder}.moved`);
  await writeFile(folder, 'not a folder');
  await sidebar.getByLabel('Note', { exact: true }).fill('Written just before closing');
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(/not saved/i);
  await rm(folder);
  await rename(`${folder}.moved`, folder);

  await page.getByRole('button', { name: new RegExp(title) }).click();
  // The closed card says its note is waiting; opening it brings the note back and saves it.
  const card = sidebar.locator('.annotation-card').first();
  await expect(card).toContainText('Your note is not saved yet; open this highlight to save it.');
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await card.screenshot({ path: path.join('test-results', 'screens', `sidebar-drafts-note-kept-${theme}.png`) });
  }
  await card.locator('.card-summary').click();
  await expect(sidebar.getByLabel('Note', { exact: true })).toHaveValue('Written just before closing');
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId))[0]?.note).toBe('Written just before closing');
  await expect(sidebar.getByRole('status')).toHaveText('Saved');
});
