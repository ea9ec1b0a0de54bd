/**
 * Statistics: highlights counted per colour, tag and document and for this week, opened with
 * the shortcut or the library's button; a recent highlight opens its document; the view passes
 * axe in the light, dark and sepia themes; a fresh library shows what to do first.
 */
import type { Page } from '@playwright/test';
import type { HighlightColor } from '../../shared/model';
import { seriousViolations } from './support/axe';
import type { AppSession } from './support/bridge';
import { libraryOnDisk } from './support/disk';
import { expect, test } from './support/fixtures';

const KREMLIN = "Syria's new leader at the Kremlin";
const FLAG = "A new flag at Syria's embassy in Moscow";

async function documentIdOf(dataDir: string, title: string): Promise<string> {
  return (await libraryOnDisk(dataDir)).find((d) => d.title === title)!.id;
}

/** Highlights `passage` of the document through the real services, as the reader would. */
async function highlight(app: AppSession, documentId: string, passage: string, color: HighlightColor, tags: string[], note = '') {
  const text = (await app.handlers.getDocument({ documentId })).text;
  const start = text.indexOf(passage);
  expect(start, passage).toBeGreaterThanOrEqual(0);
  await app.handlers.createAnnotation({ documentId, start, end: start + passage.length, color, note, tags });
}

async function annotate(app: AppSession, dataDir: string) {
  const kremlin = await documentIdOf(dataDir, KREMLIN);
  const flag = await documentIdOf(dataDir, FLAG);
  await highlight(app, kremlin, 'The day was rainy and overcast.', 'yellow', ['weather'], 'Set the scene.');
  await highlight(app, kremlin, 'The motorcade of cars', 'yellow', ['politics']);
  await highlight(app, kremlin, 'greeted Ahmad al-Sharaa with open arms', 'green', ['politics', 'weather']);
  const flagText = (await app.handlers.getDocument({ documentId: flag })).text;
  const passage = flagText.slice(flagText.search(/[A-Z]/), flagText.search(/[A-Z]/) + 30).trim();
  await highlight(app, flag, passage, 'green', ['politics']);
  return { passage };
}

async function openStatistics(page: Page) {
  await page.keyboard.press('Control+Shift+G');
  await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'By document' })).toBeVisible();
}

/** The cells of the table row whose header is `name`, as text. */
async function rowCells(page: Page, region: string, name: string): Promise<string[]> {
  const row = page.getByRole('region', { name: region }).getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  return row.getByRole('cell').allInnerTexts();
}

test('counts highlights per colour, tag and document, and this week’s open their document', async ({ app, dataDir }) => {
  const page = app.page;
  const { passage } = await annotate(app, dataDir);
  await openStatistics(page);

  const overview = page.getByRole('region', { name: 'Overview' });
  await expect(overview.getByRole('listitem')).toHaveText(['4 highlights', '1 with notes', '2 tags', '2 of 3 documents annotated']);
  await expect(overview.getByRole('img', { name: 'All highlights by colour: 2 yellow, 2 green' })).toBeVisible();

  const byDocument = await rowCells(page, 'By document', KREMLIN);
  expect(byDocument.slice(0, 4)).toEqual(['3', expect.stringContaining('2 yellow, 1 green'), '1', expect.stringMatching(/^politics \(2\)\s+weather \(2\)$/)]);
  await expect(page.getByRole('img', { name: `Colours in “${KREMLIN}”: 2 yellow, 1 green` })).toBeVisible();
  expect((await rowCells(page, 'By document', FLAG)).slice(0, 4)).toEqual(['1', expect.stringContaining('1 green'), '0', 'politics (1)']);

  expect(await rowCells(page, 'By tag', 'politics')).toEqual(['3', expect.stringContaining('1 yellow, 2 green'), '2']);
  expect(await rowCells(page, 'By tag', 'weather')).toEqual(['2', expect.stringContaining('1 yellow, 1 green'), '1']);

  const week = page.getByRole('region', { name: 'This week' });
  await expect(week.getByText('4 highlights made in the last 7 days.')).toBeVisible();
  await expect(week.getByRole('img', { name: /^Highlights per day over the last 7 days\. .*; Today: 4\.$/ })).toBeVisible();
  await expect(week.getByRole('table', { name: 'Highlights per day' }).getByRole('cell').last()).toHaveText('4');
  const recent = week.getByRole('list', { name: 'Recent highlights' }).getByRole('button');
  await expect(recent).toHaveCount(4);
  // Newest first: the highlight on the flag article was made last.
  await expect(recent.first()).toContainText(passage);
  await expect(recent.first()).toContainText(`${FLAG} · Green`);

  expect(await seriousViolations(page), 'statistics view').toEqual([]);

  // The recent highlight opens its document, from the keyboard.
  await recent.first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: FLAG })).toBeVisible();

  // A document's title in the table opens it too, and the library's button shows the view again.
  await page.keyboard.press('Control+Shift+L');
  await page.getByRole('button', { name: 'Statistics', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
  await page.getByRole('region', { name: 'By document' }).getByRole('button', { name: KREMLIN }).click();
  await expect(page.getByRole('heading', { level: 1, name: KREMLIN })).toBeVisible();
});

test('a library without highlights says how to make the first one', async ({ app }) => {
  const page = app.page;
  const button = page.getByRole('button', { name: 'Statistics', exact: true });
  await expect(button).toHaveAttribute('title', /Ctrl\+Shift\+G/);
  await expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+G');
  await page.screenshot({ path: 'test-results/screens/statistics-library-button.png' });
  await button.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
  await expect(page.getByText('You have no highlights yet.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  expect(await seriousViolations(page), 'empty statistics').toEqual([]);
  await page.screenshot({ path: 'test-results/screens/statistics-empty.png' });
  await page.getByRole('button', { name: '← Library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

/** Chooses a theme in the reader's Reading settings, as a reader would. */
async function chooseTheme(page: Page, label: string) {
  await page.getByRole('button', { name: new RegExp(KREMLIN) }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: KREMLIN })).toBeVisible();
  await page.getByRole('button', { name: 'Reading settings…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reading settings' });
  await dialog.getByRole('radio', { name: label }).check();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+Shift+L');
}

test('every theme keeps the charts readable and passes axe', async ({ app, dataDir }) => {
  const page = app.page;
  await page.setViewportSize({ width: 1100, height: 900 });
  await annotate(app, dataDir);
  for (const [theme, label] of [['light', 'Light'], ['dark', 'Dark'], ['sepia', 'Sepia']] as const) {
    await chooseTheme(page, label);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await openStatistics(page);
    const fills = await page.evaluate(() =>
      ['yellow', 'green'].map((c) => getComputedStyle(document.querySelector(`.stat-fill-${c}`)!).fill),
    );
    const track = await page.evaluate(() => getComputedStyle(document.querySelector('.stat-bar-track')!).fill);
    expect(new Set([...fills, track]).size, `${theme}: colours told apart from each other and the track`).toBe(3);
    expect(await seriousViolations(page), `statistics in the ${theme} theme`).toEqual([]);
    await page.screenshot({ path: `test-results/screens/statistics-${theme}.png`, fullPage: true });
  }
  // At the window's smallest width nothing sticks out sideways.
  await page.setViewportSize({ width: 720, height: 900 });
  await page.screenshot({ path: 'test-results/screens/statistics-narrow.png', fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
