/**
 * Library management through the UI (issue 12, item 3): sorting by each order with real
 * "last opened" times, title search, tag filter, reading progress and last opened on the
 * cards, rename (reader header, export and a restart follow), delete with Undo, and delete then
 * restore from the Trash with the highlights file back byte for byte; axe and screenshots.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parseExport } from '../support/parseMarkdown';
import { seriousViolations } from './support/axe';
import { AppSession } from './support/bridge';
import { libraryOnDisk } from './support/disk';
import { expect, test } from './support/fixtures';

const OVERTURE = "Unpacking Sharaa's diplomatic overture to Putin";
const KREMLIN = "Syria's new leader at the Kremlin";
const FLAG = "A new flag at Syria's embassy in Moscow";

/** The titles of the cards, top to bottom. */
async function cardTitles(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'Documents' }).locator('.document-title').allTextContents();
}

/** The group of Rename and Delete buttons of one document. */
function actionsOf(page: Page, title: string) {
  return page.getByRole('group', { name: title, exact: true });
}

async function openAndGoBack(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(title) }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: /Library/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
}

async function highlight(app: AppSession, title: string, word: string, tags: string[] = []): Promise<void> {
  const documentId = (await libraryOnDisk(app.dataDir)).find((d) => d.title === title)!.id;
  const text = (await app.handlers.getDocument({ documentId })).text;
  const start = text.indexOf(word);
  await app.handlers.createAnnotation({ documentId, start, end: start + word.length, color: 'green', note: '', tags });
}

test('sorts by each order, searches titles, filters by tag, and shows progress and when each was opened', async ({ app, workDir }) => {
  const page = app.page;
  await highlight(app, FLAG, 'embassy', ['diplomacy']);
  await highlight(app, FLAG, 'Moscow');
  await highlight(app, OVERTURE, 'Putin', ['people']);
  const file = path.join(workDir, 'later notes.txt');
  await writeFile(file, 'Later notes\n\nA document added after the samples, about nothing in particular.\n');
  await app.services.importDocumentFile({ path: file });
  await page.reload();

  await openAndGoBack(page, OVERTURE);
  // Read about half of the Kremlin article, then come back.
  await page.getByRole('button', { name: new RegExp(KREMLIN) }).click();
  const scroller = page.locator('.reader-scroll');
  await scroller.evaluate((el) => el.scrollTo({ top: (el.scrollHeight - el.clientHeight) / 2 }));
  await expect(page.getByRole('progressbar', { name: 'Reading progress' })).not.toHaveAttribute('aria-valuenow', '0');
  await page.getByRole('button', { name: /Library/ }).click();

  const sort = page.getByLabel('Sort by');
  await expect(sort).toHaveValue('opened');
  await expect.poll(() => cardTitles(page)).toEqual([KREMLIN, OVERTURE, 'Later notes', FLAG]);

  const kremlin = page.getByRole('button', { name: new RegExp(KREMLIN) });
  await expect(kremlin).toContainText('Opened just now');
  await expect(kremlin).toContainText(/\d+% read/);
  await expect(kremlin.getByText('Opened just now')).toHaveAttribute('title', /\d{4}\D+\d{2}:\d{2}$/);
  await expect(page.getByRole('button', { name: new RegExp(FLAG) })).toContainText('Not opened yet');

  await sort.selectOption({ label: 'Recently added' });
  expect((await cardTitles(page))[0]).toBe('Later notes');
  await sort.selectOption({ label: 'Title' });
  expect(await cardTitles(page)).toEqual([FLAG, 'Later notes', KREMLIN, OVERTURE]);
  await sort.selectOption({ label: 'Most annotated' });
  expect(await cardTitles(page)).toEqual([FLAG, OVERTURE, 'Later notes', KREMLIN]);

  // The order is remembered.
  await page.reload();
  await expect(page.getByLabel('Sort by')).toHaveValue('annotated');
  await expect.poll(() => cardTitles(page)).toEqual([FLAG, OVERTURE, 'Later notes', KREMLIN]);

  const search = page.getByRole('searchbox', { name: 'Search titles' });
  // Ctrl+F in the library searches its titles.
  await page.getByLabel('Sort by').focus();
  await page.keyboard.press('Control+f');
  await expect(search).toBeFocused();
  await search.fill('syria');
  await expect.poll(() => cardTitles(page)).toEqual([FLAG, KREMLIN]);
  await expect(page.getByText('Showing 2 of 4 documents.')).toBeVisible();
  await search.fill('KREMLIN leader');
  await expect.poll(() => cardTitles(page)).toEqual([KREMLIN]);
  await search.fill('');

  const tag = page.getByLabel('Tag');
  await expect(tag.locator('option')).toHaveText(['All tags', 'diplomacy', 'people']);
  await tag.selectOption('diplomacy');
  await expect.poll(() => cardTitles(page)).toEqual([FLAG]);
  expect(await seriousViolations(page), 'library with the toolbar, filtered').toEqual([]);
  await tag.selectOption({ label: 'All tags' });
  await expect.poll(() => cardTitles(page)).toHaveLength(4);

  expect(await seriousViolations(page), 'library with the toolbar').toEqual([]);
  await page.screenshot({ path: 'test-results/screens/library-management-light.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page), 'library with the toolbar, dark theme').toEqual([]);
  await page.screenshot({ path: 'test-results/screens/library-management-dark.png' });
});

test('renames a document: the library, the reader header, an export and the next start show the new title', async ({ app, workDir }) => {
  const page = app.page;
  await highlight(app, KREMLIN, 'Kremlin');
  await page.reload();
  await actionsOf(page, KREMLIN).getByRole('button', { name: 'Rename' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename document' });
  const field = dialog.getByRole('textbox', { name: 'Title' });
  await expect(field).toHaveValue(KREMLIN);
  await field.fill('   ');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(dialog.getByRole('alert')).toContainText('A title cannot be empty');
  expect(await seriousViolations(page, 'dialog[open]'), 'rename dialog').toEqual([]);
  await page.screenshot({ path: 'test-results/screens/library-management-rename.png' });
  await field.fill('  The Kremlin visit ');
  await field.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Renamed' })).toContainText(`Renamed “${KREMLIN}” to “The Kremlin visit”.`);
  await expect(page.getByRole('button', { name: /The Kremlin visit/ })).toBeVisible();

  await page.getByRole('button', { name: /The Kremlin visit/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The Kremlin visit' })).toBeVisible();
  const file = path.join(workDir, 'renamed.md');
  app.dialogs.saveAnswers.push(file);
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('dialog', { name: 'Export highlights' }).getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toContainText(file);
  expect(parseExport(await readFile(file, 'utf8')).headings[0]?.text).toBe('The Kremlin visit');
  await page.close();

  const next = await AppSession.start(await page.context().newPage(), app.dataDir);
  await expect(next.page.getByRole('button', { name: /The Kremlin visit/ })).toContainText('1 highlight');
  expect((await libraryOnDisk(app.dataDir)).map((d) => d.title)).toContain('The Kremlin visit');
  expect(next.errors).toEqual([]);
});

test('deletes a document at once, and Undo (the button, then Ctrl+Z) brings it back with its highlights', async ({ app }) => {
  const page = app.page;
  await highlight(app, OVERTURE, 'Putin');
  await page.reload();
  await expect(page.getByRole('button', { name: new RegExp(`${OVERTURE}.*1 highlight`) })).toBeVisible();

  await actionsOf(page, OVERTURE).getByRole('button', { name: 'Delete' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'to the trash' });
  await expect(notice).toContainText(`Moved “${OVERTURE}” to the trash, with 1 highlight`);
  await expect(page.getByRole('button', { name: new RegExp(OVERTURE) })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(2);
  // The focus moves to a card near where it was, not to the page.
  await expect(page.locator('.document-card:focus')).toHaveCount(1);
  expect((await libraryOnDisk(app.dataDir)).map((d) => d.title)).not.toContain(OVERTURE);
  expect(await seriousViolations(page), 'library with the Undo notice').toEqual([]);
  await page.screenshot({ path: 'test-results/screens/library-management-undo-light.png' });

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Brought back' })).toContainText(`Brought back “${OVERTURE}” from the trash.`);
  await expect(page.getByRole('button', { name: new RegExp(`${OVERTURE}.*1 highlight`) })).toBeVisible();

  await actionsOf(page, OVERTURE).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('button', { name: new RegExp(OVERTURE) })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: new RegExp(`${OVERTURE}.*1 highlight`) })).toBeVisible();
  expect((await libraryOnDisk(app.dataDir)).map((d) => d.title)).toContain(OVERTURE);
  expect(await app.handlers.listTrash({})).toEqual([]);
});

test('deletes a document and restores it from the Trash, its highlights file back byte for byte', async ({ app }) => {
  const page = app.page;
  await highlight(app, FLAG, 'embassy', ['diplomacy']);
  await highlight(app, FLAG, 'Moscow');
  const documentId = (await libraryOnDisk(app.dataDir)).find((d) => d.title === FLAG)!.id;
  const annotationsFile = path.join(app.dataDir, 'annotations', `${documentId}.json`);
  const before = await readFile(annotationsFile);
  await page.reload();

  await actionsOf(page, FLAG).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('button', { name: new RegExp(FLAG) })).toHaveCount(0);
  await page.getByRole('button', { name: 'Trash…' }).click();
  const trash = page.getByRole('dialog', { name: 'Trash' });
  const entry = trash.getByRole('listitem').filter({ hasText: FLAG });
  await expect(entry).toContainText('Deleted just now');
  await expect(entry).toContainText('2 highlights');
  await expect(entry).toContainText('30 days left');
  expect(await seriousViolations(page, 'dialog[open]'), 'trash dialog').toEqual([]);
  await page.screenshot({ path: 'test-results/screens/library-management-trash-light.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page, 'dialog[open]'), 'trash dialog, dark theme').toEqual([]);
  await page.screenshot({ path: 'test-results/screens/library-management-trash-dark.png' });
  await page.emulateMedia({ colorScheme: 'light' });

  await entry.getByRole('button', { name: 'Restore' }).click();
  await expect(trash.getByText('The trash is empty.')).toBeVisible();
  await trash.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toContainText(`Restored “${FLAG}” with 2 highlights.`);
  await expect(page.getByRole('button', { name: new RegExp(`${FLAG}.*2 highlights`) })).toBeVisible();
  expect(await readFile(annotationsFile)).toEqual(before);
  await page.getByLabel('Tag').selectOption('diplomacy');
  await expect.poll(() => cardTitles(page)).toEqual([FLAG]);
});
