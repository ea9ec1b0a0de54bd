/**
 * Exact Markdown through the export dialog: a tag like `C#` keeps its exact text by default,
 * and with "Write tags as #hashtags (Obsidian)" only tags that can be hashtags become `#tag`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseExport } from '../support/parseMarkdown';
import { seriousViolations } from './support/axe';
import { libraryOnDisk } from './support/disk';
import { expect, test } from './support/fixtures';

test('exports a C# tag with its exact text, and as #hashtags only where a tag can be one', async ({ app, dataDir, workDir }) => {
  const page = app.page;
  const doc = (await libraryOnDisk(dataDir))[0]!;
  const text = (await app.handlers.getDocument({ documentId: doc.id })).text;
  const start = text.indexOf('special relations');
  await app.handlers.createAnnotation({ documentId: doc.id, start, end: start + 17, color: 'blue', note: '---\n1. a note, not a list', tags: ['C#', 'greek'] });
  await page.getByRole('button', { name: new RegExp(doc.title) }).click();
  await expect(page.locator('mark.hl-blue')).toHaveText('special relations');

  const exportOnce = async (file: string, hashtags: boolean, theme: 'light' | 'dark') => {
    app.dialogs.saveAnswers.push(file);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export highlights' });
    const box = dialog.getByRole('checkbox', { name: 'Write tags as #hashtags (Obsidian)' });
    await expect(box).not.toBeChecked();
    if (hashtags) await box.check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await seriousViolations(page, 'dialog[open]'), `export dialog, ${theme} theme`).toEqual([]);
    await page.screenshot({ path: `test-results/screens/export-exact-dialog-${theme}.png` });
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toContainText(file);
    return readFile(file, 'utf8');
  };

  const exact = await exportOnce(path.join(workDir, 'exact.md'), false, 'light');
  expect(exact).toContain('Tags: `C#` `greek`');
  const read = parseExport(exact);
  expect(read.blockQuotes).toEqual(['special relations']);
  expect(read.paragraphs).toContain('---\n1. a note, not a list');
  expect(read.paragraphs).toContain('Colour: Blue · Tags: C# greek');
  expect(read.frontMatter).toContain('tags: ["C#", "greek"]');
  expect(read.tokenTypes).not.toContain('hr');
  expect(read.tokenTypes).not.toContain('ordered_list_open');

  await page.emulateMedia({ colorScheme: 'dark' });
  const hashtags = await exportOnce(path.join(workDir, 'hashtags.md'), true, 'dark');
  expect(hashtags).toContain('Tags: `C#` #greek');
  expect(parseExport(hashtags).paragraphs).toContain('Colour: Blue · Tags: C# #greek');
  expect(parseExport(hashtags).frontMatter).toContain('tags: ["C#", "greek"]');
});
