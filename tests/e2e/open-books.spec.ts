/**
 * EPUB and PDF books through the UI: File → Open… and a drop of several files at once (each
 * reported), the Contents list jumping to a chapter, a highlight in each book, and the
 * Markdown export of the PDF citing the page. Fixtures are generated (tests/support/).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { THREE_CHAPTERS, buildEpub, type EpubChapter } from '../support/epubBuilder';
import { buildPdf, threePagePdf } from '../support/pdfBuilder';
import { seriousViolations } from './support/axe';
import { annotationsOnDisk, libraryOnDisk } from './support/disk';
import { expect, test } from './support/fixtures';
import { dragSelect } from './support/selection';

/** Chapters long enough that chapter 2 starts below the first screen. */
const LONG_CHAPTERS: EpubChapter[] = THREE_CHAPTERS.map((chapter, c) => ({
  ...chapter,
  paragraphs: [...chapter.paragraphs, ...Array.from({ length: 12 }, (_, p) => `Paragraph ${p + 1} of chapter ${c + 1} goes on about the weather, the roads and the people who walked them in all seasons.`)],
}));

async function highlight(page: Page, passage: string): Promise<void> {
  await dragSelect(page, passage);
  await page.getByRole('toolbar', { name: 'Highlight selection' }).getByRole('button', { name: /^Highlight yellow/ }).click();
  await expect(page.locator('.document-text mark', { hasText: passage })).toBeVisible();
}

async function chooseTheme(page: Page, label: 'Light' | 'Dark'): Promise<void> {
  await page.getByRole('button', { name: 'Reading settings…' }).click();
  const dialog = page.getByRole('dialog', { name: /Reading settings/ });
  await dialog.getByRole('radio', { name: label }).check();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('opens an EPUB with File → Open…, jumps to chapter 2 from Contents, and highlights in it', async ({ app, page, dataDir, workDir }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const file = path.join(workDir, 'village-tales.epub');
  await writeFile(file, buildEpub({ title: 'Village Tales', author: 'Ada Writer', chapters: LONG_CHAPTERS }));
  app.dialogs.openAnswers.push(file);
  await page.getByRole('button', { name: /Open file/ }).click();

  // The e2e bridge runs the services from TypeScript source, where the worker's start is slow.
  await expect(page.getByRole('heading', { level: 1, name: 'Village Tales' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status')).toContainText('It is now in your library');
  const article = page.getByRole('article', { name: 'Document text' });
  await expect(article.getByRole('heading', { name: 'The Mountain' })).not.toBeInViewport();

  const toggle = page.getByRole('button', { name: 'Contents' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(contents.getByRole('link')).toHaveText(['The River', 'The Mountain', 'The Lantern']);
  await contents.getByRole('link', { name: 'The Mountain' }).click();
  await expect(article.getByRole('heading', { name: 'The Mountain' })).toBeInViewport();
  await expect(article.getByRole('heading', { name: 'The Mountain' })).toBeFocused();

  await highlight(page, 'Above the village the mountain kept its snow');
  const documentId = (await libraryOnDisk(dataDir)).find((d) => d.title === 'Village Tales')!.id;
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId)).length).toBe(1);

  expect(await seriousViolations(page), 'reader with Contents, light').toEqual([]);
  await page.screenshot({ path: 'test-results/screens/open-books-epub-light.png' });
  await chooseTheme(page, 'Dark');
  expect(await seriousViolations(page), 'reader with Contents, dark').toEqual([]);
  await page.screenshot({ path: 'test-results/screens/open-books-epub-dark.png' });
  await chooseTheme(page, 'Light');

  // The Contents list is keyboard reachable: Tab from the toggle's toolbar reaches its links.
  await contents.getByRole('link', { name: 'The Lantern' }).focus();
  await page.keyboard.press('Enter');
  await expect(article.getByRole('heading', { name: 'The Lantern' })).toBeFocused();

  // The library names the book's author, from its metadata.
  await page.getByRole('button', { name: /Library/ }).first().click();
  await expect(page.getByRole('button', { name: /^Village Tales/ })).toContainText('by Ada Writer');
  await page.screenshot({ path: 'test-results/screens/open-books-library-author-light.png' });
});

test('opens a PDF, highlights in it, and its Markdown export and a template chosen in the dialog cite the page', async ({ app, page, dataDir, workDir }) => {
  const file = path.join(workDir, 'rivers.pdf');
  await writeFile(file, threePagePdf());
  app.dialogs.openAnswers.push(file);
  await page.getByRole('button', { name: /Open file/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'rivers' })).toBeVisible({ timeout: 30_000 });
  const article = page.getByRole('article', { name: 'Document text' });
  await expect(article).toContainText('not even the oldest fisherman on the bank.');
  await expect(article).not.toContainText('Essays on Rivers');
  // Only one heading, so no Contents list.
  await expect(page.getByRole('button', { name: 'Contents' })).toHaveCount(0);

  await highlight(page, 'Above the village the mountain');
  await page.screenshot({ path: 'test-results/screens/open-books-pdf-light.png' });
  await chooseTheme(page, 'Dark');
  await page.screenshot({ path: 'test-results/screens/open-books-pdf-dark.png' });
  expect(await seriousViolations(page), 'PDF reader, dark').toEqual([]);
  await chooseTheme(page, 'Light');

  const out = path.join(workDir, 'rivers.md');
  app.dialogs.saveAnswers.push(out);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export highlights' });
  await dialog.getByRole('radio', { name: 'This document' }).check();
  await dialog.getByRole('radio', { name: 'Markdown (.md)' }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toContainText(out);
  expect(await readFile(out, 'utf8')).toContain('> Above the village the mountain\n\np. 2 · Colour: Yellow\n');
  const stored = JSON.parse(await readFile(path.join(dataDir, 'documents', `${(await libraryOnDisk(dataDir)).find((d) => d.title === 'rivers')!.id}.json`), 'utf8'));
  expect(stored.blocks.map((b: { page?: number }) => b.page)).toEqual([1, 1, 2, 3]);

  // The same highlight through a template chosen in the dialog: the Citation preset cites the page.
  const cited = path.join(workDir, 'rivers-citations.md');
  app.dialogs.saveAnswers.push(cited);
  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('radio', { name: 'This document' }).check();
  await dialog.getByLabel('Template', { exact: true }).selectOption({ label: 'Citation (“quote” — Author, Title, p. N)' });
  await expect(dialog.getByLabel('Preview of the open document')).toHaveValue('“Above the village the mountain” — rivers, p. 2\n');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toContainText(cited);
  expect(await readFile(cited, 'utf8')).toBe('“Above the village the mountain” — rivers, p. 2\n');
});

test('a drop of an EPUB, a PDF, a scanned PDF and a text file opens each and reports each', async ({ app, page, workDir }) => {
  const files: Record<string, Uint8Array | string> = {
    'village-tales.epub': buildEpub({ title: 'Village Tales', chapters: THREE_CHAPTERS }),
    'scan.pdf': buildPdf([{ lines: [], image: true }]),
    'rivers.pdf': threePagePdf(),
    'note.txt': 'A short note\n\nWith a paragraph about the tide.',
  };
  for (const [name, bytes] of Object.entries(files)) {
    const file = path.join(workDir, name);
    await writeFile(file, bytes);
    app.droppable.set(name, file);
  }
  const transfer = await page.evaluateHandle((names) => {
    const data = new DataTransfer();
    for (const name of names) data.items.add(new File(['stand-in'], name));
    return data;
  }, Object.keys(files));
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await expect(page.getByText(/Text, Markdown, HTML, EPUB and PDF files open as documents/)).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });

  const notice = page.locator('.notice-region');
  await expect(notice).toContainText('Opened “village-tales.epub”: “Village Tales” is now in your library.', { timeout: 30_000 });
  await expect(notice).toContainText('“scan.pdf” was refused: “scan.pdf” has no text layer (it is probably scanned images), so there is nothing to highlight. Run it through OCR first');
  await expect(notice).toContainText('Opened “rivers.pdf”: “rivers” is now in your library.');
  await expect(notice).toContainText('Opened “note.txt”: “A short note” is now in your library.');
  await expect(page.getByRole('heading', { level: 1, name: 'A short note' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/open-books-drop.png' });
});
