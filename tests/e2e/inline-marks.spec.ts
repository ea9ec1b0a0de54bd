/**
 * Inline emphasis, code and links from a web page (issue 13): shown with their styles, never as
 * markup; highlights across styled words keep the exact text; a link is never followed by the
 * page itself, only after main's own confirmation, and a `javascript:` link is never a link.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { annotationsOnDisk, libraryOnDisk } from './support/disk';
import { expect, test } from './support/fixtures';
import { dragSelect } from './support/selection';

const TITLE = 'Reading the Valley Archive';
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>${TITLE}</title></head><body>
<h1>${TITLE}</h1>
<p>The archive keeps <em>every</em> council minute since 1952, and the <strong>oldest ledgers</strong> are kept
in the basement; ask for box <code>B-12</code> at the desk. Water is H<sub>2</sub>O and the hall is 10<sup>3</sup> m².</p>
<p>Read <a href="https://news.example/archive-story">the full story on the Courier</a>, or
<a href="mailto:desk@news.example">write to the desk</a>. A <a href="javascript:document.title='pwned'">harmless-looking link</a>
and a <a href="local-notes.html">relative link</a> are only words.</p>
<blockquote><p>Keep <em>everything</em>, said the first archivist.</p></blockquote>
</body></html>`;

async function openPage(page: Page, app: { dialogs: { openAnswers: (string | null)[] } }, workDir: string): Promise<void> {
  const file = path.join(workDir, 'archive.html');
  await writeFile(file, PAGE);
  app.dialogs.openAnswers.push(file);
  await page.getByRole('button', { name: /Open file/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
}

test('emphasis, code and links show with their styles, and a highlight across them keeps the exact text', async ({ app, page, dataDir, workDir }) => {
  await openPage(page, app, workDir);
  const article = page.getByRole('article', { name: 'Document text' });
  await expect(article.locator('em').first()).toHaveText('every');
  await expect(article.locator('strong')).toHaveText('oldest ledgers');
  await expect(article.locator('code')).toHaveText('B-12');
  await expect(article.locator('sub')).toHaveText('2');
  await expect(article.locator('sup')).toHaveText('3');
  await expect(article.locator('blockquote em')).toHaveText('everything');
  const links = article.locator('a');
  await expect(links).toHaveCount(2);
  await expect(article.getByRole('link', { name: 'the full story on the Courier' })).toHaveAttribute('href', 'https://news.example/archive-story');
  await expect(article.getByRole('link', { name: 'write to the desk' })).toHaveAttribute('href', 'mailto:desk@news.example');
  await expect(article).toContainText('A harmless-looking link and a relative link are only words.');
  await expect(article.locator('script, img, iframe, [onclick], [href^="javascript"]')).toHaveCount(0);

  // A highlight from plain text into the strong words, and one starting inside a link.
  await dragSelect(page, 'The archive keeps', 'oldest');
  await page.getByRole('toolbar', { name: 'Highlight selection' }).getByRole('button', { name: /^Highlight yellow/ }).click();
  await dragSelect(page, 'full story', 'or ');
  await page.getByRole('toolbar', { name: 'Highlight selection' }).getByRole('button', { name: /^Highlight blue/ }).click();
  const documentId = (await libraryOnDisk(dataDir)).find((d) => d.title === TITLE)!.id;
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId)).length).toBe(2);
  const quotes = (await annotationsOnDisk(dataDir, documentId)).map((a) => a.target.selector.find((s) => s.type === 'TextQuoteSelector')!.exact).sort();
  expect(quotes).toEqual(['The archive keeps every council minute since 1952, and the oldest', 'full story on the Courier, or']);
  await expect(article.locator('strong mark.hl')).toHaveText('oldest');
  await expect(article.locator('a mark.hl').first()).toHaveText('full story on the Courier');

  // A click on a highlight over a link picks the highlight; Ctrl+click still asks about the link.
  await page.getByRole('button', { name: /Library/ }).first().focus();
  await article.locator('a mark.hl').first().click();
  await expect(page.locator('.annotation-card.card-active')).toContainText('full story on the Courier, or');
  await page.waitForTimeout(800);
  expect(app.dialogs.linkQuestions).toEqual([]);
  app.dialogs.linkAnswers.push(false);
  await article.locator('a mark.hl').first().click({ modifiers: ['Control'] });
  await expect.poll(() => app.dialogs.linkQuestions.length).toBe(1);

  expect(await seriousViolations(page), 'reader with inline marks').toEqual([]);
  await page.getByRole('button', { name: /Library/ }).first().focus();
  await page.screenshot({ path: 'test-results/screens/n3-inline-marks-light.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await seriousViolations(page), 'reader with inline marks, dark').toEqual([]);
  await page.screenshot({ path: 'test-results/screens/n3-inline-marks-dark.png' });
});

test('a link opens only after main asks, never by itself, and Enter on a focused link asks too', async ({ app, page, workDir }) => {
  await openPage(page, app, workDir);
  const appUrl = page.url();
  const link = page.getByRole('article', { name: 'Document text' }).getByRole('link', { name: 'the full story on the Courier' });

  app.dialogs.linkAnswers.push(false);
  await link.click();
  await expect.poll(() => app.dialogs.linkQuestions.length).toBe(1);
  expect(app.dialogs.linkQuestions[0]).toEqual({ href: 'https://news.example/archive-story', documentTitle: TITLE });
  expect(app.dialogs.openedLinks).toEqual([]);
  expect(page.url()).toBe(appUrl);

  app.dialogs.linkAnswers.push(true);
  await link.focus();
  await expect(link).toHaveAttribute('title', /https:\/\/news\.example\/archive-story/);
  await page.keyboard.press('Enter');
  await expect.poll(() => app.dialogs.openedLinks).toEqual(['https://news.example/archive-story']);
  await expect(page.getByRole('status')).toContainText('Opened news.example in your web browser.');
  expect(page.url()).toBe(appUrl);
  await link.focus();
  await page.screenshot({ path: 'test-results/screens/n3-inline-marks-link-focus-light.png' });

  // A double click selects a linked word and asks nothing.
  await page.getByRole('article', { name: 'Document text' }).getByRole('link', { name: 'write to the desk' }).dblclick();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().trim())).toMatch(/^(write|to|the|desk)$/);
  await page.waitForTimeout(800);
  expect(app.dialogs.linkQuestions).toHaveLength(2);

  // A middle click does not open a window either, and asks nothing.
  await link.click({ button: 'middle' });
  expect(app.dialogs.linkQuestions).toHaveLength(2);
  expect(page.context().pages()).toHaveLength(1);
  await expect(page).toHaveTitle(/Marginalia/);
});
