/**
 * A long document with 1,000 highlights (issue 12, item 6): it opens, the sidebar renders only
 * the cards near its view, keyboard navigation reaches the last highlight and scrolls both the
 * text and the sidebar to it, its note can be edited, and the filter finds a card that had never
 * been rendered. Real services on a real data folder; the document is generated and imported.
 */
import { AppSession } from './support/bridge';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { LARGE_TITLE, LAST_NOTE_WORD, seedLargeDocument } from '../bench/open/largeDocument';

test('a 1,000-highlight document opens with a virtual sidebar that still finds, filters and edits every card', async ({ page, dataDir, workDir }) => {
  test.setTimeout(240_000); // axe over 1 MB of text takes a while on a busy machine
  const seeded = await seedLargeDocument(dataDir, workDir);
  const first = seeded.annotations[0]!;
  const last = seeded.annotations.at(-1)!;
  const secondLast = seeded.annotations.at(-2)!;
  const app = await AppSession.start(page, dataDir);

  await page.getByRole('button', { name: new RegExp(LARGE_TITLE) }).click();
  await expect(page.getByRole('heading', { level: 1, name: LARGE_TITLE })).toBeVisible();
  const sidebar = page.getByRole('complementary', { name: /Highlights/ });
  await expect(sidebar.getByRole('heading', { name: /Highlights/ })).toContainText('1000');
  await expect(page.locator(`.document-text mark[data-ids~="${first.id}"]`).first()).toBeVisible();

  // Far fewer cards than highlights are rendered, and each says where it is in the whole list.
  const list = sidebar.getByRole('list', { name: 'Highlights in reading order' });
  const cards = list.locator(':scope > li');
  await expect(cards.first()).toHaveAttribute('aria-posinset', '1');
  await expect(cards.first()).toHaveAttribute('aria-setsize', '1000');
  const rendered = await cards.count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(60);
  await expect(sidebar.locator(`[data-annotation-id="${last.id}"]`)).toHaveCount(0);
  expect(await seriousViolations(page), 'reader with 1,000 highlights').toEqual([]);
  await page.screenshot({ path: 'test-results/screens/large-document-light.png' });

  // The filter finds the last card, which had never been rendered.
  const filter = sidebar.getByRole('searchbox', { name: 'Filter highlights by text' });
  await filter.fill(LAST_NOTE_WORD);
  await expect(sidebar.getByRole('status')).toHaveText('Showing 1 of 1000');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toHaveAttribute('data-annotation-id', last.id);
  await expect(cards.first()).toContainText(`The ${LAST_NOTE_WORD} passage`);
  await sidebar.getByRole('button', { name: 'Clear' }).click();
  await expect(sidebar.locator(`[data-annotation-id="${last.id}"]`)).toHaveCount(0);

  // Alt+↑ from nothing goes to the last highlight, Alt+↓ steps on from the one before it: both panes follow.
  await page.locator('.document-text').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(sidebar.locator(`[data-annotation-id="${last.id}"]`)).toHaveClass(/card-active/);
  await expect(page.locator(`.document-text mark[data-ids~="${last.id}"]`).first()).toBeInViewport();
  await page.keyboard.press('Alt+ArrowUp');
  const secondLastCard = sidebar.locator(`[data-annotation-id="${secondLast.id}"]`);
  await expect(secondLastCard).toHaveClass(/card-active/);
  await page.keyboard.press('Alt+ArrowDown');
  const lastCard = sidebar.locator(`[data-annotation-id="${last.id}"]`);
  await expect(lastCard).toHaveClass(/card-active/);
  await expect(lastCard).toBeInViewport();
  await expect(lastCard).toHaveAttribute('aria-posinset', '1000');
  await expect(page.locator(`.document-text mark[data-ids~="${last.id}"]`).first()).toBeInViewport();
  await page.screenshot({ path: 'test-results/screens/large-document-last-light.png' });

  // Edit note focuses the last card's note, which is rendered because it is active.
  await page.keyboard.press('ControlOrMeta+Shift+N');
  await expect(page.locator(`#note-${last.id}`)).toBeFocused();
  await page.keyboard.type(' Checked.');
  await expect(lastCard.getByRole('status')).toHaveText('Saved');
  await page.keyboard.press('Escape');

  // Alt+↓ wraps round to the first highlight; the sidebar scrolls back to the top.
  await page.keyboard.press('Alt+ArrowDown');
  const firstCard = sidebar.locator(`[data-annotation-id="${first.id}"]`);
  await expect(firstCard).toHaveClass(/card-active/);
  await expect(firstCard).toBeInViewport();
  await expect(page.locator(`.document-text mark[data-ids~="${first.id}"]`).first()).toBeInViewport();

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await seriousViolations(page, '.sidebar'), 'sidebar with 1,000 highlights, dark theme').toEqual([]);
  await page.screenshot({ path: 'test-results/screens/large-document-dark.png' });
  expect(app.errors, 'console errors or uncaught exceptions in the page').toEqual([]);
});
