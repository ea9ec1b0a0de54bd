/**
 * Annotating like a serious reader, with the real mouse and keyboard against real files:
 * overlapping and cross-paragraph highlights, colours, notes and tags, tag rename across the
 * library, filters, jumping, orphans, undo/redo, and keyboard-only use.
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { annotationsOnDisk, exactOf, libraryOnDisk } from './support/disk';
import { expect, test } from './support/fixtures';
import { dragSelect } from './support/selection';

const TITLE = "Unpacking Sharaa's diplomatic overture to Putin";

async function openArticle(page: Page, title = TITLE): Promise<void> {
  await page.getByRole('button', { name: new RegExp(title) }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function highlight(page: Page, from: string, to: string, color: string): Promise<void> {
  await dragSelect(page, from, to);
  await page.getByRole('toolbar', { name: 'Highlight selection' }).getByRole('button', { name: new RegExp(`^Highlight ${color}`) }).click();
}

const sidebarOf = (page: Page) => page.getByRole('complementary', { name: /Highlights/ });
const cardsOf = (page: Page) => sidebarOf(page).locator('.annotation-card');

test('overlapping and cross-paragraph highlights, colour change, delete and undo/redo', async ({ app, dataDir }) => {
  const page = app.page;
  const documentId = (await libraryOnDisk(dataDir)).find((d) => d.title === TITLE)!.id;
  await openArticle(page);

  await highlight(page, 'Syrian President Ahmed', 'Vladimir Putin in Moscow', 'yellow');
  await highlight(page, 'Vladimir Putin in Moscow', 'face-to-face meeting', 'blue');
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId)).length).toBe(2);
  const [a, b] = await annotationsOnDisk(dataDir, documentId);
  const overlap = page.locator(`mark[data-ids="${a!.id} ${b!.id}"]`);
  await expect(overlap).toHaveText('Vladimir Putin in Moscow');
  await expect(overlap).toHaveClass(/hl-overlap/);
  await expect(page.locator(`mark[data-ids="${a!.id}"]`)).toHaveText('Syrian President Ahmed al\u2011Sharaa met Russian President ');

  // Across two paragraphs: one highlight, painted in both blocks.
  await highlight(page, 'in a way that safeguards', 'Putin, too, was keen', 'pink');
  const pink = page.locator('mark.hl-pink');
  await expect(pink).toHaveCount(2);
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId)).length).toBe(3);
  const cross = (await annotationsOnDisk(dataDir, documentId))[2]!;
  expect(exactOf(cross)).toMatch(/^in a way that safeguards .* he said\.\n\nPutin, too, was keen$/);

  // Change A's colour in its card; delete B.
  await cardsOf(page).filter({ hasText: 'Syrian President Ahmed' }).locator('.card-summary').click();
  await cardsOf(page).filter({ hasText: 'Syrian President Ahmed' }).getByRole('button', { name: 'Green', exact: true }).click();
  await expect(page.locator(`mark[data-ids="${a!.id}"]`)).toHaveClass(/hl-green/);
  await cardsOf(page).filter({ hasText: 'the first face-to-face' }).locator('.card-summary').click();
  await cardsOf(page).filter({ hasText: 'the first face-to-face' }).getByRole('button', { name: 'Delete highlight' }).click();
  await expect(overlap).toHaveCount(0);
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId)).map((x) => x.id)).toEqual([a!.id, cross.id]);

  // Undo brings B back with its id; undo again reverts the colour; redo re-applies it.
  await page.locator('.reader-header h1').click();
  await page.keyboard.press('Control+Z');
  await expect(overlap).toHaveText('Vladimir Putin in Moscow');
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId)).map((x) => x.id).sort()).toEqual([a!.id, b!.id, cross.id].sort());
  await page.keyboard.press('Control+Z');
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId)).find((x) => x.id === a!.id)?.color).toBe('yellow');
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId)).find((x) => x.id === a!.id)?.color).toBe('green');
  await expect(page.getByRole('status').filter({ hasText: 'Redone: colour' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/overlap.png' });
});

test('notes, tags from across the library, tag rename, filters and jumping to a passage', async ({ app, dataDir }) => {
  const page = app.page;
  const library = await libraryOnDisk(dataDir);
  const documentId = library.find((d) => d.title === TITLE)!.id;
  const other = library.find((d) => d.title !== TITLE)!.id;
  const text = (await app.handlers.getDocument({ documentId })).text;
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  await app.handlers.createAnnotation({ documentId: other, start: 0, end: 8, color: 'purple', note: '', tags: ['kremlin'] });
  await app.handlers.createAnnotation({ documentId, ...at('Geneva I Communiqué'), color: 'pink', note: 'UN plan', tags: ['un'] });
  await app.handlers.createAnnotation({ documentId, ...at('Syria\u2019s sovereignty'), color: 'yellow', note: '', tags: [] }).catch(() => null);
  await app.handlers.createAnnotation({ documentId, ...at("Syria's sovereignty"), color: 'blue', note: 'key phrase', tags: ['kremlin'] });
  await openArticle(page);
  await expect(cardsOf(page)).toHaveCount(2);

  // A note with several lines and a tag picked from the library's tags.
  const geneva = cardsOf(page).filter({ hasText: 'Geneva I Communiqué' });
  await geneva.locator('.card-summary').click();
  await expect(page.locator('mark.hl-active')).toBeInViewport();
  await geneva.getByLabel('Note', { exact: true }).fill('UN plan\nsee also Annan');
  await geneva.getByLabel('Tags', { exact: true }).click();
  await expect(geneva.locator('datalist option[value="kremlin"]')).toHaveCount(1);
  await geneva.getByLabel('Tags', { exact: true }).fill('kremlin');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await annotationsOnDisk(dataDir, documentId)).find((x) => x.note.startsWith('UN'))?.tags)
    .toEqual(['un', 'kremlin']);
  expect((await annotationsOnDisk(dataDir, documentId)).find((x) => x.tags.includes('un'))?.note).toBe('UN plan\nsee also Annan');

  // Filters: free text (forgiving quotes), colour, tag.
  const sidebar = sidebarOf(page);
  await sidebar.getByLabel('Filter highlights by text').fill('annan');
  await expect(cardsOf(page)).toHaveCount(1);
  await expect(sidebar.locator('.filter-count')).toHaveText('Showing 1 of 2');
  await sidebar.getByRole('button', { name: 'Clear' }).click();
  await sidebar.getByRole('button', { name: 'Show blue highlights' }).click();
  await expect(cardsOf(page)).toHaveText([/sovereignty/]);
  await sidebar.getByRole('button', { name: 'Show blue highlights' }).click();
  await sidebar.getByLabel('Filter by tag').selectOption('un');
  await expect(cardsOf(page)).toHaveText([/Geneva/]);
  await sidebar.getByRole('button', { name: 'Clear' }).click();
  await expect(cardsOf(page)).toHaveCount(2);

  // Jump: clicking a card scrolls its passage into view and marks it active.
  await page.locator('.reader-scroll').evaluate((el) => el.scrollTo(0, 0));
  await cardsOf(page).filter({ hasText: 'Geneva' }).locator('.card-summary').click();
  await expect(page.locator('mark.hl-active')).toHaveText('Geneva I Communiqué');
  await expect(page.locator('mark.hl-active')).toBeInViewport();

  // Rename a tag across the library: both documents change on disk.
  await sidebar.getByRole('button', { name: 'Manage tags…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Manage tags' });
  await dialog.getByLabel('New name for kremlin').fill('Kremlin visits');
  await dialog.getByRole('button', { name: 'Rename kremlin' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Renamed “kremlin” to “Kremlin visits” on 3 highlights.');
  await page.screenshot({ path: 'test-results/screens/tag-manager.png' });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(cardsOf(page).filter({ hasText: 'Geneva' }).getByRole('list', { name: 'Tags of this highlight' })).toHaveText(/un.*Kremlin visits/);
  expect((await annotationsOnDisk(dataDir, other))[0]!.tags).toEqual(['Kremlin visits']);
});

test('keyboard only: select, highlight, step through highlights, note, colour, delete and undo', async ({ app, dataDir }) => {
  const page = app.page;
  const documentId = (await libraryOnDisk(dataDir)).find((d) => d.title === TITLE)!.id;
  await page.getByRole('button', { name: new RegExp(TITLE) }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // Tab to the text, extend a selection from the first block in view, highlight it.
  const article = page.getByRole('article', { name: 'Document text' });
  for (let i = 0; i < 5 && !(await article.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(article).toBeFocused();
  for (let i = 0; i < 9; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+H');
  await expect(page.locator('mark.hl-yellow')).toHaveText('Unpacking');

  // A second highlight further on, by word.
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+H');
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId)).length).toBe(2);

  // Step to the first highlight, write a note, change its colour.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator('mark[data-focus-id]').first()).toBeFocused();
  await page.keyboard.press('Control+Shift+N');
  await expect(page.getByLabel('Note', { exact: true })).toBeFocused();
  await page.keyboard.type('typed without a mouse');
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId))[0]!.note).toBe('typed without a mouse');
  await page.keyboard.press('Control+Shift+K');
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId))[0]!.color).toBe('green');

  // Escape goes back to the highlight in the text; Alt+Down/Up step between highlights.
  await page.keyboard.press('Escape');
  const first = page.locator('mark[data-focus-id]').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(first).not.toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(first).toBeFocused();
  await expect(first).toHaveAccessibleName(/^Green highlight: Unpacking/);
  // Changing the colour repaints the highlight; keyboard focus stays on it.
  await page.keyboard.press('Control+Shift+K');
  await expect(first).toHaveAccessibleName(/^Blue highlight: Unpacking/);
  await expect(first).toBeFocused();
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId)).length).toBe(1);
  await page.keyboard.press('Control+Z');
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId)).map((a) => a.note)).toContain('typed without a mouse');

  await page.keyboard.press('Control+Alt+F');
  await expect(page.getByLabel('Filter highlights by text')).toBeFocused();
});

test('orphans: a highlight whose passage is gone is listed, not dropped', async ({ app, dataDir }) => {
  const page = app.page;
  const documentId = (await libraryOnDisk(dataDir)).find((d) => d.title === TITLE)!.id;
  const made = await app.handlers.createAnnotation({ documentId, start: 0, end: 9, color: 'yellow', note: 'kept', tags: [] });
  await app.handlers.deleteAnnotation({ documentId, annotationId: made.id });
  const gone = { type: 'TextQuoteSelector' as const, exact: 'a sentence that this article never contained', prefix: '', suffix: '' };
  await app.handlers.restoreAnnotation({ annotation: { ...made, target: { selector: [gone, { type: 'TextPositionSelector', start: 0, end: 9 }] } } });
  await openArticle(page);
  const orphans = page.getByRole('list', { name: 'Orphaned highlights' });
  await expect(orphans.getByRole('listitem')).toHaveCount(1);
  await expect(orphans).toContainText('a sentence that this article never contained');
  await expect(page.locator('.document-text mark')).toHaveCount(0);
  expect(await annotationsOnDisk(dataDir, documentId)).toHaveLength(1);
});

test('a long document paints highlights near the view first and the rest as they come into view', async ({ app, dataDir, workDir }) => {
  const page = app.page;
  const paragraphs = Array.from({ length: 400 }, (_, i) => `Paragraph ${i + 1} of a long reading, with enough words to wrap once or twice on screen.`);
  const file = `${workDir}/long.txt`;
  await writeFile(file, paragraphs.join('\n\n'));
  app.dialogs.openAnswers.push(file);
  await page.getByRole('button', { name: /Open file/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'long' })).toBeVisible();
  const documentId = (await libraryOnDisk(dataDir)).find((d) => d.title === 'long')!.id;
  const text = (await app.handlers.getDocument({ documentId })).text;
  for (const n of [2, 200, 399]) {
    const start = text.indexOf(`Paragraph ${n} of`);
    await app.handlers.createAnnotation({ documentId, start, end: start + 14, color: 'green', note: '', tags: [] });
  }
  await page.getByRole('button', { name: '← Library' }).click();
  await openArticle(page, 'long');

  await expect(page.locator('mark.hl-green')).toHaveText(['Paragraph 2 of']);
  await cardsOf(page).filter({ hasText: 'Paragraph 399' }).locator('.card-summary').click();
  await expect(page.locator('mark.hl-active')).toHaveText('Paragraph 399');
  await expect(page.locator('mark.hl-active')).toBeInViewport();
  await page.locator('.reader-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await expect(page.locator('mark.hl-green', { hasText: 'Paragraph 200' })).toHaveCount(1);
});

test('a note is saved as it is typed, and undoing it is one step', async ({ app, dataDir }) => {
  const page = app.page;
  const documentId = (await libraryOnDisk(dataDir)).find((d) => d.title === TITLE)!.id;
  const text = (await app.handlers.getDocument({ documentId })).text;
  const start = text.indexOf('Geneva I Communiqué');
  await app.handlers.createAnnotation({ documentId, start, end: start + 19, color: 'yellow', note: 'before', tags: [] });
  await openArticle(page);
  await cardsOf(page).first().locator('.card-summary').click();
  const note = page.getByLabel('Note', { exact: true });
  await note.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' first burst');
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId))[0]!.note).toBe('before first burst');
  await page.keyboard.type(', second burst');
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId))[0]!.note).toBe('before first burst, second burst');
  await expect(note).toHaveValue('before first burst, second burst');

  await page.locator('.reader-header h1').click();
  await page.keyboard.press('Control+Z');
  await expect.poll(async () => (await annotationsOnDisk(dataDir, documentId))[0]!.note).toBe('before');
  await expect(note).toHaveValue('before');
});
