/**
 * The library search page (Ctrl+Shift+F from anywhere): text, highlights, notes and tags across
 * the library, ignoring accents, allowing a typo and prefixes, CJK text; filters by colour, tag
 * and person; the keyboard moves through results and Enter opens the passage, scrolled into view
 * and flashed; Back returns to the results as they were. Real services, real files.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AppSession } from './support/bridge';
import { libraryOnDisk } from './support/disk';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const KREMLIN = "Syria's new leader at the Kremlin";
const HOSTILE = '<img src=x onerror="window.__searchPwned = true"> is how a web page asks a browser to run code.';

/** Adds a résumé document, a Japanese one, a hostile one and three highlights on the Kremlin sample. */
async function seed(app: AppSession, workDir: string): Promise<{ kremlin: string; gildedId: string; motorcadeId: string }> {
  const files: [string, string][] = [
    ['cv.txt', 'Writing a résumé\n\nA good résumé is short: one page, what you did, not what you were.\n'],
    ['tokyo.txt', '東京都の案内\n\n東京都は日本の首都です。浅草には古い寺があります。\n'],
    ['hostile.txt', `A hostile page\n\n${HOSTILE}\n`],
  ];
  for (const [name, text] of files) {
    const file = path.join(workDir, name);
    await writeFile(file, text);
    await app.services.importDocumentFile({ path: file });
  }
  const kremlin = (await libraryOnDisk(app.dataDir)).find((d) => d.title === KREMLIN)!.id;
  const text = (await app.handlers.getDocument({ documentId: kremlin })).text;
  const at = (passage: string) => ({ start: text.indexOf(passage), end: text.indexOf(passage) + passage.length });
  const gilded = await app.handlers.createAnnotation({ documentId: kremlin, ...at('the gilded halls of the Kremlin'), color: 'green', note: 'An ornate staircase, like a waltz palace', tags: ['architecture'] });
  const motorcade = await app.handlers.createAnnotation({ documentId: kremlin, ...at('The motorcade of cars'), color: 'blue', note: '', tags: ['security'] });
  await app.handlers.createAnnotation({ documentId: kremlin, ...at('newsletter about underreported cultural trends'), color: 'pink', note: 'the Kremlin never reads it', tags: [] });
  // Another reader's note, imported from a Hypothesis export: a layer of its own.
  const file = path.join(workDir, 'alice.json');
  const row = { id: 'alice-1', created: '2025-01-02T03:04:05Z', updated: '2025-01-02T03:04:05Z', uri: 'https://example.org/k', tags: [], text: 'An endless staircase' };
  const target = [{ source: 'https://example.org/k', selector: [{ type: 'TextQuoteSelector', exact: 'the considerable length of the Kremlin’s staircase' }] }];
  await writeFile(file, JSON.stringify({ export_date: '2025-01-03T09:00:00Z', annotations: [{ ...row, user: 'acct:alice@hypothes.is', target }] }));
  app.dialogs.openAnswers.push(file);
  await app.handlers.importAnnotations({ documentId: kremlin });
  return { kremlin, gildedId: gilded.id, motorcadeId: motorcade.id };
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the library' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });

/** Types a query and waits for the summary of its results. */
async function search(page: Page, query: string): Promise<void> {
  await searchBox(page).fill(query);
  await expect(page.locator('main.search-page')).toHaveAttribute('aria-busy', 'false');
  await expect(results(page).or(page.getByText('Nothing matches'))).toBeVisible();
}

/** The marked words of every result, as "Kind: marked" lines. */
async function marked(page: Page): Promise<string[]> {
  return results(page)
    .getByRole('option')
    .evaluateAll((options) => options.map((o) => `${o.querySelector('.search-hit-kind')?.textContent}: ${o.querySelector('mark')?.textContent}`));
}

test('finds text ignoring accents, with a typo and by prefix, in notes, tags and Japanese text', async ({ app, workDir }) => {
  const page = app.page;
  await seed(app, workDir);
  await page.keyboard.press('Control+Shift+F');
  await expect(searchBox(page)).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Search the library' })).toBeVisible();
  await expect(page.getByText('Type to search the text, highlights, notes and tags of every document.')).toBeVisible();

  await search(page, 'resume');
  await expect(results(page).getByRole('group', { name: 'Writing a résumé, 2 results' })).toBeVisible();
  expect(await marked(page)).toEqual(['Text: résumé', 'Text: résumé']);

  // One letter wrong.
  await search(page, 'Kremlon');
  expect(await marked(page)).toContain('Text: Kremlin');
  expect(await marked(page)).toContain('Highlight: Kremlin');
  // A prefix.
  await search(page, 'motorc');
  expect(await marked(page)).toEqual(expect.arrayContaining(['Text: motorcade', 'Highlight: motorcade']));
  // A note and a tag.
  await search(page, 'waltz');
  expect(await marked(page)).toEqual(['Note: waltz']);
  await expect(results(page).getByRole('option')).toContainText(['An ornate staircase, like a waltz palace']);
  await search(page, 'architecture');
  expect(await marked(page)).toEqual(['Tag: architecture']);
  // Japanese has no spaces between words: 東京 is found inside 東京都.
  await search(page, '東京');
  await expect(results(page).getByRole('group', { name: 'tokyo, 2 results' })).toBeVisible();
  expect((await marked(page)).every((m) => m === 'Text: 東京')).toBe(true);

  await search(page, 'xylophone');
  await expect(page.getByText('Nothing matches “xylophone”.')).toBeVisible();
});

test('filters by colour, tag and person, and follows new notes', async ({ app, workDir }) => {
  const page = app.page;
  const { kremlin } = await seed(app, workDir);
  await page.keyboard.press('Control+Shift+F');
  await search(page, 'Kremlin');
  expect((await marked(page)).length).toBeGreaterThan(3);
  await page.getByLabel('Colour').selectOption({ label: 'Green' });
  await search(page, 'Kremlin');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('1 result in 1 document.');
  expect(await marked(page)).toEqual(['Highlight: Kremlin']);
  await expect(results(page).locator('.search-swatch-green')).toHaveCount(1);
  await page.getByLabel('Colour').selectOption({ label: 'Any colour' });
  await page.getByLabel('Tag').selectOption('security');
  await search(page, 'motorcade');
  expect(await marked(page)).toEqual(['Highlight: motorcade']);
  await page.getByLabel('Tag').selectOption({ label: 'Any tag' });
  await page.getByLabel('Layer').selectOption({ label: 'Mine' });
  await search(page, 'newsletter');
  expect(await marked(page)).toEqual(['Highlight: newsletter']);
  // My note says staircase; alice's highlight and note do too, and show under her name only.
  await search(page, 'staircase');
  expect(await marked(page)).toEqual(['Note: staircase']);
  await expect(results(page).getByRole('option')).toHaveText([/An ornate staircase/]);
  await page.getByLabel('Layer').selectOption({ label: 'alice' });
  await search(page, 'staircase');
  expect((await marked(page)).sort()).toEqual(['Highlight: staircase', 'Note: staircase']);
  await expect(results(page).getByRole('option')).toContainText([/An endless staircase|the considerable length/, /An endless staircase|the considerable length/]);
  await expect(results(page).locator('.search-hit-person')).toHaveText(['alice', 'alice']);

  // A note written meanwhile is found when the page is shown again.
  await page.getByLabel('Layer').selectOption({ label: 'Everyone' });
  await search(page, 'samovar');
  await expect(page.getByText('Nothing matches “samovar”.')).toBeVisible();
  await app.handlers.createAnnotation({ documentId: kremlin, start: 0, end: 7, color: 'yellow', note: 'tea from the samovar', tags: [] });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.keyboard.press('Control+Shift+F');
  await expect(searchBox(page)).toHaveValue('samovar');
  await expect(page.locator('main.search-page')).toHaveAttribute('aria-busy', 'false');
  expect(await marked(page)).toEqual(['Note: samovar']);
});

test('the keyboard opens a passage scrolled into view and flashed, and Back returns to the results', async ({ app, workDir }) => {
  const page = app.page;
  const { gildedId } = await seed(app, workDir);
  // From the reader, too.
  await page.getByRole('button', { name: new RegExp(KREMLIN) }).click();
  await expect(page.getByRole('heading', { level: 1, name: KREMLIN })).toBeVisible();
  await page.keyboard.press('Control+Shift+F');
  await expect(searchBox(page)).toBeFocused();
  await search(page, 'Abdelaty');
  await page.keyboard.press('ArrowDown');
  const first = results(page).getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: KREMLIN })).toBeVisible();
  // The words are flashed (a temporary highlight) and scrolled into view.
  await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('search-flash') ?? [])].map((r) => r.toString()))).toEqual(['Abdelatty']);
  const inView = await page.evaluate(() => {
    const range = [...CSS.highlights.get('search-flash')!][0] as Range;
    const box = range.getBoundingClientRect();
    const pane = document.querySelector('.reader-scroll')!.getBoundingClientRect();
    return box.top >= pane.top && box.bottom <= pane.bottom && box.height > 0;
  });
  expect(inView).toBe(true);
  await page.screenshot({ path: 'test-results/screens/library-search-opened.png' });

  // Back returns to the search page, the query and the chosen result kept.
  await page.getByRole('button', { name: '← Search results' }).click();
  await expect(searchBox(page)).toHaveValue('Abdelaty');
  await expect(results(page).getByRole('option').first()).toHaveAttribute('aria-selected', 'true');

  // Far down a longer list: the place in the list is kept too.
  await search(page, 'Kremlin');
  const count = await results(page).getByRole('option').count();
  for (let i = 0; i < count; i++) await page.keyboard.press('ArrowDown');
  await expect(results(page).getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
  const scrolled = await page.locator('main.search-page').evaluate((e) => e.scrollTop);
  expect(scrolled).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '← Search results' }).click();
  await expect(results(page).getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => page.locator('main.search-page').evaluate((e) => e.scrollTop)).toBe(scrolled);

  // A highlight result opens its highlight, flashed, with its card active.
  await search(page, 'waltz');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const mark = page.locator(`mark[data-ids~="${gildedId}"]`).first();
  await expect(mark).toBeInViewport();
  await expect(page.locator('mark.hl-active').first()).toHaveAttribute('data-ids', new RegExp(gildedId));

  // Escape on the search page goes back to where you were: here, the reader.
  await page.keyboard.press('Control+Shift+F');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: KREMLIN })).toBeVisible();
});

test('another person’s note opens at their highlight, which loads after the text', async ({ app, workDir }) => {
  const page = app.page;
  await seed(app, workDir);
  await page.keyboard.press('Control+Shift+F');
  await search(page, 'endless');
  expect(await marked(page)).toContain('Note: endless');
  await results(page).getByRole('option', { name: /Note/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: KREMLIN })).toBeVisible();
  const mark = page.locator('.document-text mark.layer-other', { hasText: 'staircase' });
  await expect(mark).toBeInViewport();
  await expect(mark).toBeFocused();
});

test('a document’s markup is shown as text, never run', async ({ app, workDir }) => {
  const page = app.page;
  await seed(app, workDir);
  await page.keyboard.press('Control+Shift+F');
  await search(page, 'onerror');
  const option = results(page).getByRole('option').first();
  await expect(option).toContainText('<img src=x onerror="window.__searchPwned = true">');
  await expect(results(page).locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __searchPwned?: boolean }).__searchPwned)).toBeUndefined();
});

test('the search page passes axe with results, in the light and dark themes', async ({ app, workDir }) => {
  const page = app.page;
  await seed(app, workDir);
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.keyboard.press('Control+Shift+F');
    await search(page, 'Kremlin');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await seriousViolations(page), `search page, ${theme}`).toEqual([]);
    await page.screenshot({ path: `test-results/screens/library-search-${theme}.png` });
    await search(page, 'xylophone');
    expect(await seriousViolations(page), `no results, ${theme}`).toEqual([]);
    await page.screenshot({ path: `test-results/screens/library-search-empty-${theme}.png` });
    await page.keyboard.press('Escape');
  }
});
