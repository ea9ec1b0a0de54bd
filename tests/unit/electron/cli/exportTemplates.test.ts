/**
 * `marginalia export <doc> --template <preset|user name|file>` and `--format csv`, run as a
 * command (in-process: tests/support/runCommand.ts) against a temp data folder.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../support/runCommand';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

/** A data folder with one document, "A title", and one tagged highlight on "first paragraph". */
async function library(): Promise<string> {
  const data = await tempDir();
  const source = path.join(data, 'article.txt');
  await writeFile(source, 'A title\n\nThe first paragraph of the article.\n\nThe second paragraph.');
  expect((await runCommand(['import', source, '--data', data])).status).toBe(0);
  const w3c = path.join(data, 'in.json');
  await writeFile(
    w3c,
    JSON.stringify({
      type: 'Annotation',
      body: [
        { type: 'TextualBody', value: 'keep', purpose: 'tagging' },
        { type: 'TextualBody', value: '=HYPERLINK("x")', purpose: 'commenting' },
      ],
      target: { selector: [{ type: 'TextQuoteSelector', exact: 'first paragraph' }] },
    }),
  );
  expect((await runCommand(['annotations', 'import', 'A title', w3c, '--data', data])).status).toBe(0);
  return data;
}

describe('marginalia export with templates and CSV', () => {
  it('exports a document through a built-in template, a user template or a template file', async () => {
    const data = await library();
    const out = path.join(data, 'out');
    const cited = await runCommand(['export', 'A title', '--template', 'citation', '--out', path.join(out, 'c.md'), '--data', data]);
    expect(cited).toMatchObject({ status: 0, stderr: '' });
    expect(await readFile(path.join(out, 'c.md'), 'utf8')).toBe('“first paragraph” — A title\n');

    await mkdir(path.join(data, 'templates'));
    await writeFile(path.join(data, 'templates', 'mine.mustache'), '{{#annotations}}- {{quote}} [{{tagsText}}]\n{{/annotations}}');
    expect((await runCommand(['export', 'A title', '--template', 'mine', '--out', path.join(out, 'm.md'), '--data', data])).status).toBe(0);
    expect(await readFile(path.join(out, 'm.md'), 'utf8')).toBe('- first paragraph [keep]\n');

    const file = path.join(data, 'file.mustache');
    await writeFile(file, 'Highlights: {{count}}\n');
    expect((await runCommand(['export', '--doc', 'A title', '--template', file, '--out', path.join(out, 'f.md'), '--data', data])).status).toBe(0);
    expect(await readFile(path.join(out, 'f.md'), 'utf8')).toBe('Highlights: 1\n');
  });

  it('says where a template file is wrong, and which names exist', async () => {
    const data = await library();
    const file = path.join(data, 'bad.mustache');
    await writeFile(file, 'Title\n{{#annotations}}\n{{qoute}}\n{{/annotations}}\n');
    const bad = await runCommand(['export', 'A title', '--template', file, '--out', path.join(data, 'b.md'), '--data', data]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/line 3, column 1: there is no field “qoute” here/);
    const unknown = await runCommand(['export', 'A title', '--template', 'nope', '--out', path.join(data, 'n.md'), '--data', data]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/There is no template called “nope”.*plain, obsidian, logseq, notion, citation/);
    expect((await runCommand(['export', 'A title', '--format', 'json', '--template', 'citation', '--out', path.join(data, 'j.json'), '--data', data])).status).toBe(2);
  });

  it('exports CSV for spreadsheets, one row per highlight, formulas guarded', async () => {
    const data = await library();
    const csv = path.join(data, 'h.csv');
    expect((await runCommand(['export', '--format', 'csv', '--out', csv, '--data', data])).status).toBe(0);
    const text = await readFile(csv, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      ['document', 'quote', 'note', 'tags', 'colour'],
      ['A title', 'first paragraph', `'=HYPERLINK("x")`, 'keep', 'yellow'],
    ]);
  });
});
