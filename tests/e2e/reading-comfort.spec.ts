/**
 * Reading comfort: themes (light, dark, sepia) that keep highlights and other people's
 * underlines readable, text settings remembered across restarts, and the reading position
 * restored per document with a progress indicator.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { AppSession } from './support/bridge';
import { libraryOnDisk } from './support/disk';
import { seriousViolations } from './support/axe';
import { dragSelect } from './support/selection';
import { expect, test } from './support/fixtures';

const KREMLIN = "Syria's new leader at the Kremlin";
const PASSAGES = [
  ['The day was rainy and overcast.', 'yellow'],
  ['The motorcade of cars', 'green'],
  ['taking the new leader of Syria', 'blue'],
  ['greeted Ahmad al-Sharaa with open arms', 'pink'],
  ['The two men chatted and posed for photos.', 'purple'],
] as const;
const ALICE = 'the gilded halls of the Kremlin';

async function documentIdOf(dataDir: string, title: string): Promise<string> {
  return (await libraryOnDisk(dataDir)).find((d) => d.title === title)!.id;
}

async function openReading(page: Page, title: string) {
  await page.getByRole('button', { name: new RegExp(title) }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Opens Reading settings from the reader's toolbar with the keyboard (End, then Enter). */
async function openSettings(page: Page) {
  const toolbar = page.getByRole('toolbar', { name: 'This reading' });
  await toolbar.getByRole('button').first().focus();
  await page.keyboard.press('End');
  await expect(toolbar.getByRole('button', { name: 'Reading settings…' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Reading settings' });
  await expect(dialog).toBeVisible();
  return dialog;
}

const progressOf = async (page: Page) => Number(await page.getByRole('progressbar', { name: 'Reading progress' }).getAttribute('aria-valuenow'));

test('each theme keeps the five highlight colours and other people’s underlines readable', async ({ app, dataDir, workDir }) => {
  const page = app.page;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const documentId = await documentIdOf(dataDir, KREMLIN);
  const text = (await app.handlers.getDocument({ documentId })).text;
  for (const [passage, color] of PASSAGES) {
    const start = text.indexOf(passage);
    await app.handlers.createAnnotation({ documentId, start, end: start + passage.length, color, note: '', tags: [] });
  }
  // alice's layer, imported from a Hypothesis export, is underlined rather than filled.
  const file = path.join(workDir, 'alice.json');
  const row = { id: 'alice-1', created: '2025-01-02T03:04:05Z', updated: '2025-01-02T03:04:05Z', uri: 'https://example.org/k', tags: [], text: 'Nice.' };
  const target = [{ source: 'https://example.org/k', selector: [{ type: 'TextQuoteSelector', exact: ALICE }] }];
  await writeFile(file, JSON.stringify({ export_date: '2025-01-03T09:00:00Z', annotations: [{ ...row, user: 'acct:alice@hypothes.is', target }] }));
  app.dialogs.openAnswers.push(file);
  await app.handlers.importAnnotations({ documentId });

  await openReading(page, KREMLIN);
  await expect(page.locator('.document-text mark.layer-other', { hasText: ALICE })).toBeVisible();
  for (const [passage, color] of PASSAGES) await expect(page.locator(`.document-text mark.hl-${color}`, { hasText: passage })).toBeVisible();

  for (const [theme, label] of [['light', 'Light'], ['dark', 'Dark'], ['sepia', 'Sepia']] as const) {
    const dialog = await openSettings(page);
    await dialog.getByRole('radio', { name: label }).check();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    // Five different backgrounds, none of them the paper's.
    const backgrounds = await page.evaluate(
      (colors) => colors.map((c) => getComputedStyle(document.querySelector(`.document-text mark.hl-${c}`)!).backgroundColor),
      PASSAGES.map(([, c]) => c),
    );
    const paper = await page.evaluate(() => getComputedStyle(document.querySelector('.reader-scroll')!.closest('.app') ?? document.body).backgroundColor);
    expect(new Set(backgrounds).size, `${theme}: five distinct highlight colours`).toBe(5);
    expect(backgrounds, theme).not.toContain(paper);
    expect(await seriousViolations(page), `reader in the ${theme} theme`).toEqual([]);
    await page.screenshot({ path: `test-results/screens/theme-${theme}.png` });
    // The colour choices for a new highlight show the theme's colours.
    await dragSelect(page, 'Al-Sharaa made a joke');
    const choices = page.getByRole('toolbar', { name: 'Highlight selection' });
    await expect(choices).toBeVisible();
    await choices.screenshot({ path: `test-results/screens/theme-${theme}-colours.png` });
    await page.mouse.click(5, 400);
  }
  const dialog = await openSettings(page);
  expect(await seriousViolations(page, 'dialog[open]'), 'reading settings dialog').toEqual([]);
  await dialog.screenshot({ path: 'test-results/screens/reading-settings.png' });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Reading settings…' })).toBeFocused();
});

test('the theme, text size and line width are remembered after a restart', async ({ app }) => {
  const page = app.page;
  await openReading(page, KREMLIN);
  const article = page.getByRole('article', { name: 'Document text' });
  const before = await article.evaluate((el) => ({ size: parseFloat(getComputedStyle(el).fontSize), width: el.getBoundingClientRect().width }));

  const dialog = await openSettings(page);
  await expect(dialog.getByRole('radio', { name: 'Same as system' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'Sepia' }).check();
  await dialog.getByRole('button', { name: 'Larger text' }).click();
  await dialog.getByRole('button', { name: 'Larger text' }).click();
  await expect(dialog.getByRole('button', { name: 'Larger text' })).toBeDisabled();
  await dialog.getByRole('radio', { name: 'Wide' }).check();
  await dialog.getByRole('radio', { name: 'Sans-serif' }).check();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  const check = async (p: Page) => {
    await expect(p.locator('html')).toHaveAttribute('data-theme', 'sepia');
    const now = await p.getByRole('article', { name: 'Document text' }).evaluate((el) => ({
      size: parseFloat(getComputedStyle(el).fontSize),
      width: el.getBoundingClientRect().width,
      font: getComputedStyle(el).fontFamily,
    }));
    expect(now.size).toBeGreaterThan(before.size);
    expect(now.width).toBeGreaterThan(before.width);
    expect(now.font).toContain('system-ui');
  };
  await check(page);
  await page.close();

  const next = await AppSession.start(await page.context().newPage(), app.dataDir);
  // The library is themed too, before any reading is open.
  await expect(next.page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await openReading(next.page, KREMLIN);
  await check(next.page);
  const again = await openSettings(next.page);
  await expect(again.getByRole('radio', { name: 'Sepia' })).toBeChecked();
  await expect(again.getByRole('radio', { name: 'Sepia' })).toBeFocused();
  await expect(again.getByRole('radio', { name: 'Wide' })).toBeChecked();
  await expect(again.getByRole('button', { name: 'Larger text' })).toBeDisabled();
  expect(next.errors).toEqual([]);
});

test('a damaged stored setting falls back to the default, which follows the system', async ({ app }) => {
  const page = app.page;
  await page.evaluate(() => localStorage.setItem('marginalia.readingSettings', JSON.stringify({ theme: 'neon', lineWidth: 'narrow', fontStep: 99 })));
  await page.close();
  const fresh = await page.context().newPage();
  await fresh.emulateMedia({ colorScheme: 'dark' });
  const next = await AppSession.start(fresh, app.dataDir);
  await expect(next.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await next.page.emulateMedia({ colorScheme: 'light' });
  await expect(next.page.locator('html')).toHaveAttribute('data-theme', 'light');
  await next.page.emulateMedia({ colorScheme: 'dark' });
  await openReading(next.page, KREMLIN);
  const dialog = await openSettings(next.page);
  await expect(dialog.getByRole('radio', { name: 'Same as system' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Narrow' })).toBeChecked();
  await expect(dialog.getByText('3 of 5')).toBeVisible();
  await next.page.keyboard.press('Escape');
  expect(await seriousViolations(next.page), 'reader in the system’s dark theme').toEqual([]);
  await next.page.getByRole('button', { name: /Library/ }).click();
  await expect(next.page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(3);
  expect(await seriousViolations(next.page), 'library in the dark theme').toEqual([]);
  await next.page.screenshot({ path: 'test-results/screens/theme-dark-library.png' });
  expect(next.errors).toEqual([]);
});

test('the reading position and progress are restored when the document is opened again', async ({ app }) => {
  const page = app.page;
  await openReading(page, KREMLIN);
  const progress = page.getByRole('progressbar', { name: 'Reading progress' });
  await expect(progress).toHaveAttribute('aria-valuenow', '0');
  const scroller = page.locator('.reader-scroll');
  await scroller.evaluate((el) => el.scrollTo({ top: (el.scrollHeight - el.clientHeight) / 2 }));
  await expect.poll(() => progressOf(page)).toBeGreaterThan(40);
  const halfway = await progressOf(page);
  expect(halfway).toBeLessThan(60);
  const firstVisible = await page.evaluate(() => {
    const top = document.querySelector('.reader-scroll')!.getBoundingClientRect().top;
    return [...document.querySelectorAll<HTMLElement>('[data-block]')].find((b) => b.getBoundingClientRect().bottom > top)!.dataset['block'];
  });
  // Another document keeps its own position: it opens at the start.
  await page.getByRole('button', { name: /Library/ }).click();
  await openReading(page, 'A new flag');
  await expect(progress).toHaveAttribute('aria-valuenow', '0');
  await page.close();

  const next = await AppSession.start(await page.context().newPage(), app.dataDir);
  await openReading(next.page, KREMLIN);
  const restored = next.page.getByRole('progressbar', { name: 'Reading progress' });
  await expect.poll(() => progressOf(next.page)).toBeGreaterThan(halfway - 5);
  expect(await progressOf(next.page)).toBeLessThan(halfway + 5);
  await expect(restored).toHaveAttribute('aria-valuetext', /% read$/);
  const visibleNow = await next.page.evaluate(() => {
    const top = document.querySelector('.reader-scroll')!.getBoundingClientRect().top;
    return [...document.querySelectorAll<HTMLElement>('[data-block]')].find((b) => b.getBoundingClientRect().bottom > top)!.dataset['block'];
  });
  expect(Math.abs(Number(visibleNow) - Number(firstVisible)), 'about the same paragraph is at the top').toBeLessThanOrEqual(1);
  expect(next.errors).toEqual([]);
});
