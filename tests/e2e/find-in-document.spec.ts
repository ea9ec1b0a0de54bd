/**
 * Find in document (Ctrl+F): matches marked with mark.js and counted, stepped through with
 * Enter, F3 and the buttons, found whatever the accents, case and quote style; far matches
 * scrolled to; the current match made a real highlight; Escape closing and clearing the
 * marks; and selecting text with find marks around still highlighting the right characters.
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { annotationsOnDisk, exactOf, libraryOnDisk } from './support/disk';
import { expect, test } from './support/fixtures';
import { dragSelect } from './support/selection';

const UNPACKING = "Unpacking Sharaa's diplomatic overture to Putin";

async function openReading(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(title) }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

const barOf = (page: Page) => page.getByRole('search', { name: 'Find in document' });
const countOf = (page: Page) => barOf(page).locator('#find-count');
const findMarks = (page: Page) => page.locator('.document-text mark.find-match');
const currentMark = (page: Page) => page.locator('.document-text mark.find-current');

async function documentIdOf(dataDir: string, title: string): Promise<string> {
  return (await libraryOnDisk(dataDir)).find((d) => d.title === title)!.id;
}

/** Picks a theme in Reading settings (from the reader's toolbar). */
async function chooseTheme(page: Page, label: 'Light' | 'Dark'): Promise<void> {
  await page.getByRole('button', { name: 'Reading settings…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reading settings' });
  await dialog.getByRole('radio', { name: label }).check();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('Ctrl+F finds ignoring accents and case, counts, and steps with Enter, F3 and the buttons', async ({ app }) => {
  const page = app.page;
  await openReading(page, UNPACKING);
  await page.locator('.document-text').focus();
  await page.keyboard.press('Control+f');
  const input = barOf(page).getByRole('textbox', { name: 'Find' });
  await expect(input).toBeFocused();

  await page.keyboard.type('communique');
  await expect(countOf(page)).toHaveText('1 of 3');
  await expect(findMarks(page)).toHaveText(['Communiqué', 'communiqué', 'communiqué']);
  await expect(currentMark(page)).toHaveText('Communiqué');
  await expect(currentMark(page)).toBeInViewport();

  await page.keyboard.press('Enter');
  await expect(countOf(page)).toHaveText('2 of 3');
  await expect(currentMark(page)).toHaveAttribute('data-find-index', '1');
  await page.keyboard.press('F3');
  await expect(countOf(page)).toHaveText('3 of 3');
  await page.keyboard.press('Enter');
  await expect(countOf(page)).toHaveText('1 of 3');
  await page.keyboard.press('Shift+Enter');
  await expect(countOf(page)).toHaveText('3 of 3');
  await page.keyboard.press('Shift+F3');
  await expect(countOf(page)).toHaveText('2 of 3');
  await barOf(page).getByRole('button', { name: 'Next match' }).click();
  await expect(countOf(page)).toHaveText('3 of 3');
  await barOf(page).getByRole('button', { name: 'Previous match' }).click();
  await expect(countOf(page)).toHaveText('2 of 3');
  await expect(currentMark(page)).toHaveAttribute('data-find-index', '1');
  await expect(barOf(page).getByRole('button', { name: 'Next match' })).toHaveAttribute('title', 'Next match (Enter or F3)');

  // Curly and straight apostrophes, and U+2011 against a typed hyphen, are the same.
  await input.fill("Russia's");
  await expect(countOf(page)).toHaveText(/ of 4$/);
  await expect(findMarks(page).filter({ hasText: 'Russia’s' })).toHaveCount(1);
  await input.fill('AL-SHARAA');
  await expect(countOf(page)).toHaveText(/ of 8$/);
  // Only blocks near the view are marked; stepping through shows each match marked in turn.
  const seen: string[] = [];
  for (let i = 0; i < 8; i++) {
    await expect(currentMark(page)).toBeInViewport();
    seen.push((await currentMark(page).textContent())!);
    await page.keyboard.press('Enter');
  }
  expect(seen.filter((s) => s === 'al\u2011Sharaa')).toHaveLength(3);
  expect(seen.filter((s) => s.toLowerCase() === 'al-sharaa')).toHaveLength(5);

  // Match case and Whole words narrow it down.
  await input.fill('moscow');
  await expect(countOf(page)).toHaveText(/ of 16$/);
  await barOf(page).getByRole('checkbox', { name: 'Match case' }).check();
  await expect(countOf(page)).toHaveText('No matches');
  await expect(findMarks(page)).toHaveCount(0);
  await barOf(page).getByRole('checkbox', { name: 'Match case' }).uncheck();
  await input.fill('the');
  const loose = await countOf(page).textContent();
  await barOf(page).getByRole('checkbox', { name: 'Whole words' }).check();
  await expect(countOf(page)).not.toHaveText(loose!);
  await expect(findMarks(page).filter({ hasText: /^the$/i })).not.toHaveCount(0);
  for (const text of await findMarks(page).allTextContents()) expect(text.toLowerCase()).toBe('the');
});

test('a match far down a long document is scrolled to and marked, and only blocks near the view are marked', async ({ app, workDir }) => {
  const page = app.page;
  const paragraphs = Array.from({ length: 1500 }, (_, i) => `Paragraph ${i + 1} of the long reading, where the words the and then recur: the end of the line.`);
  const file = `${workDir}/long.txt`;
  await writeFile(file, paragraphs.join('\n\n'));
  app.dialogs.openAnswers.push(file);
  await page.getByRole('button', { name: /Open file/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'long' })).toBeVisible();

  await app.menu('find-in-document');
  const input = barOf(page).getByRole('textbox', { name: 'Find' });
  await expect(input).toBeFocused();
  await input.fill('the');
  // Six times in each of 1,500 paragraphs ("then" counts: whole words are not asked for).
  await expect(countOf(page)).toHaveText('1 of 9,000');
  expect(await findMarks(page).count()).toBeLessThan(1000);

  await input.fill('paragraph 1499 of');
  await expect(countOf(page)).toHaveText('1 of 1');
  await expect(currentMark(page)).toHaveText('Paragraph 1499 of');
  await expect(currentMark(page)).toBeInViewport();

  // Stepping back to the first match scrolls back up.
  await input.fill('paragraph 1 of');
  await expect(countOf(page)).toHaveText('1 of 1');
  await expect(currentMark(page)).toBeInViewport();
  await expect(page.locator('.document-text mark.find-match', { hasText: 'Paragraph 1499' })).toHaveCount(0);
});

test('Highlight makes the current match a real highlight, and Escape closes and clears the marks', async ({ app, dataDir }) => {
  const page = app.page;
  const documentId = await documentIdOf(dataDir, UNPACKING);
  await openReading(page, UNPACKING);
  const text = page.locator('.document-text');
  await text.focus();
  await page.keyboard.press('Control+f');
  // The bar takes a frame to open; a person sees it before typing, so the test waits for its field.
  await expect(barOf(page).getByRole('textbox', { name: 'Find' })).toBeFocused();
  await page.keyboard.type('geneva i communique');
  await expect(countOf(page)).toHaveText('1 of 1');
  const highlight = barOf(page).getByRole('button', { name: /^Highlight this match in yellow/ });
  await expect(highlight).toHaveAttribute('title', 'Highlight this match in yellow (Ctrl+Shift+H)');
  await highlight.click();
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId)).map(exactOf)).toEqual(['Geneva I Communiqué']);
  await expect(page.locator('.document-text mark.hl-yellow')).toHaveText('Geneva I Communiqué');
  // The match stays marked over the new highlight.
  await expect(currentMark(page)).toHaveText('Geneva I Communiqué');

  // Ctrl+Shift+H from the search box highlights the current match too.
  const input = barOf(page).getByRole('textbox', { name: 'Find' });
  await input.fill('mutual respect');
  await expect(countOf(page)).toHaveText('1 of 1');
  await input.focus();
  await page.keyboard.press('Control+Shift+H');
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId)).map(exactOf).sort()).toEqual(['Geneva I Communiqué', 'mutual respect']);
  await expect(input).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(barOf(page)).toBeHidden();
  await expect(findMarks(page)).toHaveCount(0);
  await expect(text).toBeFocused();
  await expect(page.locator('.document-text mark.hl')).toHaveText(['Geneva I Communiqué', 'mutual respect'].sort((a, b) => (a === 'mutual respect' ? -1 : b === 'mutual respect' ? 1 : 0)));
  expect(await annotationsOnDisk(dataDir, documentId)).toHaveLength(2);
});

test('selecting text across find marks still highlights exactly the selected characters', async ({ app, dataDir }) => {
  const page = app.page;
  const documentId = await documentIdOf(dataDir, UNPACKING);
  await openReading(page, UNPACKING);
  await page.locator('.document-text').focus();
  await page.keyboard.press('Control+f');
  // The bar takes a frame to open; a person sees it before typing, so the test waits for its field.
  await expect(barOf(page).getByRole('textbox', { name: 'Find' })).toBeFocused();
  await page.keyboard.type('moscow');
  await expect(countOf(page)).toHaveText(/ of 16$/);
  // The selection starts before one match and ends inside the next sentence, with marks in between.
  await dragSelect(page, 'While the positive signals', 'suggest a willingness');
  await page.getByRole('toolbar', { name: 'Highlight selection' }).getByRole('button', { name: /^Highlight green/ }).click();
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId)).map(exactOf)).toEqual([
    'While the positive signals from Damascus and Moscow suggest a willingness',
  ]);
  await expect(page.locator('.document-text mark.find-match', { hasText: 'Moscow' }).first()).toBeVisible();
  // One highlight mark, the find mark inside it.
  await expect(page.locator('.document-text mark.hl-green')).toHaveText(['While the positive signals from Damascus and Moscow suggest a willingness']);
  await expect(page.locator('.document-text mark.hl-green mark.find-match')).toHaveText(['Moscow']);
  await page.locator('.document-text mark.hl-green').screenshot({ path: 'test-results/screens/find-in-document-over-highlight.png' });

  // A few selected words are what Ctrl+F looks for.
  await dragSelect(page, 'Geneva I Communiqué');
  await page.keyboard.press('Control+f');
  const input = barOf(page).getByRole('textbox', { name: 'Find' });
  await expect(input).toHaveValue('Geneva I Communiqué');
  await expect(countOf(page)).toHaveText('1 of 1');

  // Once the bar is closed and its marks gone, a selection is still exact.
  await page.keyboard.press('Escape');
  await expect(findMarks(page)).toHaveCount(0);
  await dragSelect(page, 'Russian diplomacy contributed', 'on 30 June');
  await page.getByRole('toolbar', { name: 'Highlight selection' }).getByRole('button', { name: /^Highlight blue/ }).click();
  await expect
    .poll(async () => (await annotationsOnDisk(dataDir, documentId)).map(exactOf).sort())
    .toEqual(['Russian diplomacy contributed to drafting and endorsing the Geneva I Communiqué on 30 June', 'While the positive signals from Damascus and Moscow suggest a willingness']);
});

test('the find bar passes axe in light and dark themes (screenshots)', async ({ app }) => {
  const page = app.page;
  await openReading(page, UNPACKING);
  await page.locator('.document-text').focus();
  await page.keyboard.press('Control+f');
  // The bar takes a frame to open; a person sees it before typing, so the test waits for its field.
  await expect(barOf(page).getByRole('textbox', { name: 'Find' })).toBeFocused();
  await page.keyboard.type('moscow');
  await expect(countOf(page)).toHaveText(/ of 16$/);
  await page.keyboard.press('Enter');
  await expect(countOf(page)).toHaveText(/^2 of 16$/);
  for (const theme of ['Light', 'Dark'] as const) {
    await chooseTheme(page, theme);
    await barOf(page).getByRole('textbox', { name: 'Find' }).focus();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/screens/find-in-document-${theme.toLowerCase()}.png` });
  }
});
