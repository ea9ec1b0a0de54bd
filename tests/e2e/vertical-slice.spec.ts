/**
 * The whole slice, as a student would do it: library → open an article → select with the
 * mouse and with the keyboard → highlight → note and tags → restart → still painted →
 * File → Export Markdown, checked on screen, on disk, and through a CommonMark parser.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parsePlainText } from '../../shared/import/plainText';
import { parseExport } from '../support/parseMarkdown';
import { AppSession } from './support/bridge';
import { annotationsOnDisk, exactOf, libraryOnDisk } from './support/disk';
import { expect, test } from './support/fixtures';
import { clickBefore, dragSelect } from './support/selection';

const ARTICLE_TITLE = "Unpacking Sharaa's diplomatic overture to Putin";
const SEED = path.resolve('assets/samples/002_ebcc8331d76e5d37.txt');
// Contains U+2011 non-breaking hyphens and curly quotes: both must survive to the export.
const MOUSE_FROM = 'Syrian President Ahmed al\u2011Sharaa met';
const MOUSE_TO = '\u201crestore and redefine ties\u201d';
const KEYBOARD_PASSAGE = 'Putin, too, was keen to put the past behind them';
const NOTE = 'Key claim: *not* a reset.\nCompare [Tartus] & #bases <b>later</b>';

async function expectedMouseQuote(): Promise<string> {
  const { text } = parsePlainText(await readFile(SEED, 'utf8'));
  const start = text.indexOf(MOUSE_FROM);
  const end = text.indexOf(MOUSE_TO, start) + MOUSE_TO.length;
  expect(start).toBeGreaterThan(-1);
  return text.slice(start, end);
}

test('highlight, annotate, restart and export an article against real files', async ({ app, dataDir, workDir }) => {
  const page = app.page;
  const mouseQuote = await expectedMouseQuote();

  // Library: the three bundled samples on first launch.
  const documents = page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
  await expect(documents).toHaveCount(3);
  await expect(page.getByRole('button', { name: new RegExp(ARTICLE_TITLE) })).toBeVisible();
  await page.screenshot({ path: 'assets/screenshots/library.png' });
  const documentId = (await libraryOnDisk(dataDir)).find((d) => d.title === ARTICLE_TITLE)!.id;

  // Open the article.
  await page.getByRole('button', { name: new RegExp(ARTICLE_TITLE) }).click();
  await expect(page.getByRole('heading', { level: 1, name: ARTICLE_TITLE })).toBeVisible();

  // Mouse: drag across a passage, then pick a colour in the toolbar.
  await dragSelect(page, MOUSE_FROM, MOUSE_TO);
  const toolbar = page.getByRole('toolbar', { name: 'Highlight selection' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: /^Highlight green/ }).click();
  await expect(toolbar).toBeHidden();
  const green = page.locator('.document-text mark.hl-green');
  await expect.poll(async () => (await green.allTextContents()).join('')).toBe(mouseQuote);
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId)).map(exactOf)).toEqual([mouseQuote]);

  // Note and tags on the new highlight, which the sidebar opened for editing.
  const sidebar = page.getByRole('complementary', { name: /Highlights/ });
  await sidebar.getByLabel('Note', { exact: true }).fill(NOTE);
  await sidebar.getByLabel('Tags', { exact: true }).click(); // leaving the note field saves it
  await sidebar.getByLabel('Tags', { exact: true }).fill('diplomacy');
  await page.keyboard.press('Enter');
  await sidebar.getByLabel('Tags', { exact: true }).fill('to read');
  await page.keyboard.press('Enter');
  await expect(sidebar.getByRole('status')).toHaveText('Saved');
  await expect
    .poll(async () => (await annotationsOnDisk(dataDir, documentId)).map((a) => ({ note: a.note, tags: a.tags })))
    .toEqual([{ note: NOTE, tags: ['diplomacy', 'to read'] }]);

  // Keyboard: caret before a passage, extend with Shift+Arrow, highlight with the shortcut.
  await clickBefore(page, KEYBOARD_PASSAGE);
  for (let i = 0; i < KEYBOARD_PASSAGE.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+H');
  await expect(page.locator('.document-text mark', { hasText: KEYBOARD_PASSAGE })).toHaveClass(/hl-green/);
  await expect
    .poll(async () => (await annotationsOnDisk(dataDir, documentId)).map(exactOf))
    .toEqual([mouseQuote, KEYBOARD_PASSAGE]);
  await expect(sidebar.getByRole('listitem').filter({ has: page.locator('.card-summary') })).toHaveCount(2);
  await page.screenshot({ path: 'test-results/screens/reader.png' });

  // Restart: a new page over new services reading the same data folder.
  await page.close();
  const restarted = await AppSession.start(await page.context().newPage(), dataDir);
  const again = restarted.page;
  await again.getByRole('button', { name: new RegExp(`${ARTICLE_TITLE}.*2 highlights`) }).click();
  await expect.poll(async () => (await again.locator('mark.hl-green').allTextContents()).join('')).toBe(mouseQuote + KEYBOARD_PASSAGE);
  const cards = again.getByRole('complementary', { name: /Highlights/ }).locator('.annotation-card');
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText('#diplomacy #to read');
  // Clicking a card opens its editor and outlines its passage in the text.
  await again.emulateMedia({ reducedMotion: 'reduce' }); // no flash in the README picture
  await cards.first().locator('.card-summary').click();
  await expect(cards.first().getByLabel('Note', { exact: true })).toHaveValue(NOTE);
  await expect(again.locator('mark.hl-active')).toHaveText(mouseQuote);
  await again.screenshot({ path: 'assets/screenshots/reader.png' });

  // File → Export Markdown…, with the save dialog answered by the test.
  const exportPath = path.join(workDir, 'highlights.md');
  restarted.dialogs.saveAnswers.push(exportPath);
  await restarted.menu('export-markdown');
  const exportDialog = again.getByRole('dialog', { name: 'Export highlights' });
  await expect(exportDialog.getByRole('radio', { name: 'This document' })).toBeChecked();
  await expect(exportDialog.getByRole('radio', { name: 'Markdown (.md)' })).toBeChecked();
  await exportDialog.getByRole('button', { name: 'Export…' }).click();
  await expect(again.getByRole('status').filter({ hasText: 'Exported to' })).toContainText(exportPath);
  expect(restarted.dialogs.saveRequests[0]?.defaultName).toBe(`${ARTICLE_TITLE}.md`);
  await again.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => restarted.dialogs.shown).toEqual([exportPath]);

  const exported = parseExport(await readFile(exportPath, 'utf8'));
  expect(exported.headings[0]).toEqual({ level: 1, text: ARTICLE_TITLE });
  expect(exported.blockQuotes).toEqual([mouseQuote, KEYBOARD_PASSAGE]);
  expect(exported.paragraphs).toContain(NOTE);
  expect(exported.paragraphs).toContain('Colour: Green · Tags: diplomacy to read');
  expect(exported.frontMatter).toContain('highlights: 2');
  expect(exported.frontMatter).toContain('tags: ["diplomacy", "to read"]');
  expect(restarted.errors).toEqual([]);
});
