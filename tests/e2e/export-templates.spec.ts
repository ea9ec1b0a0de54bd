/**
 * Export templates and CSV through the export dialog, on the real services: the Citation preset
 * with its live preview, a user template saved with a mistake (the line is named), fixed and
 * used, and a CSV export read back. axe on the dialog; screenshots in the light and dark themes.
 */
import type { Page } from '@playwright/test';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { parseExport } from '../support/parseMarkdown';
import { seriousViolations } from './support/axe';
import { libraryOnDisk } from './support/disk';
import type { AppSession as App } from './support/bridge';
import { expect, test } from './support/fixtures';

const KREMLIN = "Syria's new leader at the Kremlin";

/** Two highlights on the Kremlin article, one with a note that looks like a formula; opens it. */
async function openAnnotated(app: App, dataDir: string): Promise<{ quotes: string[] }> {
  const doc = (await libraryOnDisk(dataDir)).find((d) => d.title === KREMLIN)!;
  const text = (await app.handlers.getDocument({ documentId: doc.id })).text;
  const quotes = ['special relations', 'Kremlin'];
  for (const [i, quote] of quotes.entries()) {
    const start = text.indexOf(quote);
    await app.handlers.createAnnotation({ documentId: doc.id, start, end: start + quote.length, color: 'green', note: i === 0 ? '=cmd|calc' : '', tags: ['ties', 'to read'] });
  }
  await app.page.getByRole('button', { name: new RegExp(KREMLIN) }).first().click();
  await expect(app.page.getByRole('heading', { level: 1, name: KREMLIN })).toBeVisible();
  return { quotes: quotes.sort((a, b) => text.indexOf(a) - text.indexOf(b)) };
}

async function openExportDialog(page: Page) {
  await page.getByRole('button', { name: 'Export…' }).click();
  return page.getByRole('dialog', { name: 'Export highlights' });
}

test('exports with the Citation preset chosen in the dialog, after a live preview', async ({ app, dataDir, workDir }) => {
  const page = app.page;
  await page.setViewportSize({ width: 1100, height: 1100 });
  const { quotes } = await openAnnotated(app, dataDir);
  const dialog = await openExportDialog(page);
  const preview = dialog.getByLabel('Preview of the open document');
  await expect(preview).toHaveValue(/^---\ntitle: "Syria's new leader at the Kremlin"/);

  await dialog.getByLabel('Template', { exact: true }).selectOption({ label: 'Citation (“quote” — Author, Title, p. N)' });
  await expect(preview).toHaveValue(`“${quotes[0]}” — ${KREMLIN}\n\n“${quotes[1]}” — ${KREMLIN}\n`);
  await expect(dialog.getByRole('group', { name: 'Markdown' })).toHaveCount(0);
  expect(await seriousViolations(page, 'dialog[open]'), 'export dialog with a preview').toEqual([]);
  await page.screenshot({ path: 'test-results/screens/export-templates-citation-light.png' });

  // The editor's text is previewed as it is typed; choosing another template previews that one.
  await dialog.getByLabel('Template', { exact: true }).selectOption({ label: 'Obsidian' });
  await dialog.getByRole('button', { name: 'Edit templates…' }).click();
  await dialog.getByLabel('Template text').fill('Count: {{count}}');
  await expect(preview).toHaveValue('Count: 2\n');
  await dialog.getByLabel('Template', { exact: true }).selectOption({ label: 'Citation (“quote” — Author, Title, p. N)' });
  await expect(preview).toHaveValue(`“${quotes[0]}” — ${KREMLIN}\n\n“${quotes[1]}” — ${KREMLIN}\n`);

  const file = path.join(workDir, 'citations.md');
  app.dialogs.saveAnswers.push(file);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toContainText(file);
  const parsed = parseExport(await readFile(file, 'utf8'));
  expect(parsed.paragraphs).toEqual(quotes.map((q) => `“${q}” — ${KREMLIN}`));
});

test('saves a user template after fixing the line it names, and exports with it', async ({ app, dataDir, workDir }) => {
  const page = app.page;
  const { quotes } = await openAnnotated(app, dataDir);
  const dialog = await openExportDialog(page);
  await dialog.getByRole('button', { name: 'Edit templates…' }).click();
  // The standard export's options do not apply to the template being edited.
  await expect(dialog.getByRole('group', { name: 'Markdown' })).toHaveCount(0);
  await dialog.getByLabel('Template name').fill('reading-list');
  const source = dialog.getByLabel('Template text');
  await source.fill('# {{document.title}}\n{{#annotations}}\n- {{quoteLine}} ({{tagz}})\n{{/annotations}}\n');
  const problem = 'line 3, column 18: there is no field “tagz” here.';
  await expect(dialog.getByRole('alert').filter({ hasText: problem })).toBeVisible();
  await expect(source).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: `The template was not saved: ${problem}` })).toBeVisible();
  await expect(readdir(path.join(dataDir, 'templates'))).rejects.toThrow();

  await source.fill('# {{document.title}}\n{{#annotations}}\n- {{quoteLine}} ({{tagsText}})\n{{/annotations}}\n');
  const expected = `# ${KREMLIN}\n${quotes.map((q) => `- ${q} (ties, to read)`).join('\n')}\n`;
  await expect(dialog.getByLabel('Preview of the open document')).toHaveValue(expected);
  await page.screenshot({ path: 'test-results/screens/export-templates-editor-light.png', fullPage: true });
  expect(await seriousViolations(page, 'dialog[open]'), 'template editor').toEqual([]);
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(dialog.getByLabel('Template', { exact: true })).toHaveValue('user:reading-list');
  expect(await readFile(path.join(dataDir, 'templates', 'reading-list.mustache'), 'utf8')).toContain('{{tagsText}}');

  const file = path.join(workDir, 'list.md');
  app.dialogs.saveAnswers.push(file);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toContainText(file);
  expect(await readFile(file, 'utf8')).toBe(expected);
});

test('exports CSV for spreadsheets, read back one row per highlight', async ({ app, dataDir, workDir }) => {
  const page = app.page;
  const { quotes } = await openAnnotated(app, dataDir);
  const dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: /CSV for spreadsheets/ }).check();
  await expect(dialog.getByLabel('Preview of the open document')).toHaveValue(/^\uFEFF?document,quote,note,tags,colour,page,created,updated,creator/);
  const file = path.join(workDir, 'highlights.csv');
  app.dialogs.saveAnswers.push(file);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toContainText(file);
  const text = await readFile(file, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual([
    [KREMLIN, quotes[0], quotes[0] === 'special relations' ? "'=cmd|calc" : '', 'ties; to read', 'green'],
    [KREMLIN, quotes[1], quotes[1] === 'special relations' ? "'=cmd|calc" : '', 'ties; to read', 'green'],
  ]);
});

/** Chooses a theme in the reader's Reading settings, as a reader would. */
async function chooseTheme(page: Page, label: string) {
  await page.getByRole('button', { name: 'Reading settings…' }).click();
  const settings = page.getByRole('dialog', { name: 'Reading settings' });
  await settings.getByRole('radio', { name: label }).check();
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();
}

test('the export dialog with a template and its preview passes axe in the light and dark themes', async ({ app, dataDir }) => {
  const page = app.page;
  await page.setViewportSize({ width: 1100, height: 1400 });
  await openAnnotated(app, dataDir);
  for (const [theme, label] of [['light', 'Light'], ['dark', 'Dark']] as const) {
    await chooseTheme(page, label);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const dialog = await openExportDialog(page);
    await dialog.getByLabel('Template', { exact: true }).selectOption({ label: 'Obsidian' });
    await expect(dialog.getByLabel('Preview of the open document')).toHaveValue(/> \[!quote\]/);
    await dialog.getByRole('button', { name: 'Edit templates…' }).click();
    await dialog.getByLabel('Template text').press('End');
    expect(await seriousViolations(page, 'dialog[open]'), `export dialog in the ${theme} theme`).toEqual([]);
    await page.screenshot({ path: `test-results/screens/export-templates-${theme}.png`, fullPage: true });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});
