/**
 * File → Open… with a saved news page and with text files in other encodings (issue 13): the
 * page is reduced to its article (no navigation, cookie banner, related links, comments or
 * footer), escaped markup shows as text, images as placeholders; a Windows-1252 file shows its
 * curly quotes, dashes and €, and a UTF-16 file its text, never mojibake.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { utf16WithBom, windows1252 } from '../support/encodedBytes';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const NEWS_PAGE = path.resolve('tests/fixtures/web/news-page.html');
const TITLE = 'Town Keeps Its Old Library Open After Long Vote';
const LETTER = 'Dear editor,\n\nThe council’s “savings” — €40,000 a year — were counted twice… That is the whole story.\n\nI was at the meeting, and I counted the bills myself afterwards.\n';

/** Opens `file` through File → Open… (the toolbar's Open file button) and waits for the reader. */
async function openThroughDialog(page: Page, app: { dialogs: { openAnswers: (string | null)[] } }, file: string, title: string): Promise<void> {
  app.dialogs.openAnswers.push(file);
  await page.getByRole('button', { name: /Open file/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Back to the library, ready to open the next file. */
async function backToLibrary(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Library/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
}

test('a saved news page opens as its article only, in the light and dark themes', async ({ app, page, workDir }) => {
  const file = path.join(workDir, 'library-vote.html');
  await writeFile(file, await readFile(NEWS_PAGE));
  await openThroughDialog(page, app, file, TITLE);

  const article = page.getByRole('article', { name: 'Document text' });
  await expect(article).toContainText('After a council meeting that ran past midnight, members voted seven to four');
  await expect(article).toContainText('replace the leaking slate roof over the reading room;');
  await expect(article).toContainText('rewire the children’s section, which still runs on wiring from 1952.');
  await expect(article).toContainText('[Image: The library’s front steps during the reading marathon]');
  await expect(article).toContainText('the building’s <b>bold</b> old sign, which someone had written out in the petition as &lt;Library&gt; by mistake.');
  await expect(article.locator('b, img, iframe, script, a')).toHaveCount(0);
  for (const outside of ['cookie', 'Subscribe today', 'Related stories', 'Swimming pool', 'Reader42', 'All rights reserved']) {
    await expect(article).not.toContainText(outside);
  }
  expect(await seriousViolations(page), 'reader showing a web page').toEqual([]);
  await page.screenshot({ path: 'test-results/screens/n2-web-news-page-light.png' });
  await article.getByText('closed to visitors for a decade').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/n2-web-news-page-list-light.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: 'test-results/screens/n2-web-news-page-dark.png' });
});

test('a Windows-1252 file shows its curly quotes, dashes and €, and a UTF-16 file its text', async ({ app, page, workDir }) => {
  const legacy = path.join(workDir, 'letter-1252.txt');
  await writeFile(legacy, windows1252(LETTER.replace(/\n/g, '\r\n')));
  await openThroughDialog(page, app, legacy, 'letter-1252');
  const article = page.getByRole('article', { name: 'Document text' });
  await expect(article).toContainText('The council’s “savings” — €40,000 a year — were counted twice… That is the whole story.');
  await expect(article).not.toContainText(/[\u0080-\u009F\uFFFD]/u);
  await page.screenshot({ path: 'test-results/screens/n2-web-windows-1252-light.png' });

  await backToLibrary(page);
  const wide = path.join(workDir, 'letter-utf16.txt');
  await writeFile(wide, utf16WithBom(LETTER.replace('Dear editor', 'Dear editor (UTF-16)'), 'be'));
  await openThroughDialog(page, app, wide, 'letter-utf16');
  await expect(article).toContainText('The council’s “savings” — €40,000 a year — were counted twice… That is the whole story.');
  await expect(article).toContainText('Dear editor (UTF-16),');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/screens/n2-web-utf16-dark.png' });
});
