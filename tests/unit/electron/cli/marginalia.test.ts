/**
 * The command line against temp data folders: output, files written, exit statuses and the app
 * lock. The executable's own exit statuses and its lock are checked in a child process under
 * plain Node (through tsx); the rest runs in-process (tests/support/runCommand.ts).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExport } from '../../../support/parseMarkdown';
import { runCli } from '../../../support/runCli';
import { runCommand } from '../../../support/runCommand';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

describe('marginalia (command line)', () => {
  it('explains itself with --help, per command, and exits 2 when run without a command', async () => {
    // The executable's exit statuses, from a real process.
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: marginalia <command>/);
    expect(runCli([]).status).toBe(2);
    const exportHelp = (await runCommand(['export', '--help'])).stdout;
    expect(exportHelp).toMatch(/--format {3}md .* or json/);
    expect(exportHelp).toMatch(/--hashtags +write tags as Obsidian #hashtags/);
    expect((await runCommand(['annotations', '--help'])).stdout).toMatch(/annotations import \[<doc>\] <file> \[--dry-run\] \[--json\]/);
  });

  it('imports documents, lists them and refuses bad input with clear messages', async () => {
    const data = await tempDir();
    const notes = path.join(data, 'notes.md');
    await writeFile(notes, '# Field notes\n\nSome *notes* on reading.');
    const imported = await runCommand(['import', notes, '--data', data]);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/^Imported “Field notes” as d[0-9a-f]{20}\n$/);
    expect((await runCommand(['import', notes, '--data', data])).stdout).toMatch(/already in the library/);

    const list = await runCommand(['list', '--json', '--data', data]);
    const docs = JSON.parse(list.stdout) as { title: string; highlights: number }[];
    expect(docs.map((d) => d.title)).toEqual([
      "Unpacking Sharaa's diplomatic overture to Putin",
      "Syria's new leader at the Kremlin",
      "A new flag at Syria's embassy in Moscow",
      'Field notes',
    ]);
    expect((await runCommand(['list', '--data', data])).stdout.split('\n')[3]).toMatch(/^d[0-9a-f]{20}\t +0\tField notes\tnotes\.md$/);

    const missing = await runCommand(['import', path.join(data, 'nope.txt'), '--data', data]);
    expect(missing).toMatchObject({ status: 1, stdout: '' });
    expect(missing.stderr).toMatch(/“nope\.txt” could not be read/);
    expect(await runCommand(['list', '--colour', '--data', data])).toMatchObject({ status: 2 });
    expect((await runCommand(['frobnicate', '--data', data])).stderr).toMatch(/unknown command “frobnicate”/);
  });

  it('exports one document or the library as Markdown or W3C JSON, and imports annotations back', async () => {
    const data = await tempDir();
    const source = path.join(data, 'article.txt');
    await writeFile(source, 'A title\n\nThe first paragraph of the article.\n\nThe second paragraph.');
    expect((await runCommand(['import', source, '--data', data])).status).toBe(0);
    const w3c = path.join(data, 'in.json');
    await writeFile(
      w3c,
      JSON.stringify({
        type: 'Annotation',
        body: [{ type: 'TextualBody', value: 'keep', purpose: 'tagging' }],
        target: { selector: [{ type: 'TextQuoteSelector', exact: 'first paragraph' }] },
      }),
    );
    const placed = await runCommand(['annotations', 'import', 'a title', w3c, '--data', data]);
    expect(placed.stdout).toBe('Imported 1 into “A title” (1 found exactly, 0 approximately, 0 orphans), skipped 0 duplicates.\n');
    expect((await runCommand(['annotations', 'import', 'A title', w3c, '--data', data])).stdout).toBe('Imported 0 into “A title” (0 found exactly, 0 approximately, 0 orphans), skipped 1 duplicates.\n');
    // Without a document, the annotation is routed by its quote; --dry-run --json writes nothing.
    const dry = JSON.parse((await runCommand(['annotations', 'import', w3c, '--dry-run', '--json', '--data', data])).stdout) as { written: boolean; documents: { title: string; duplicates: number }[] };
    expect(dry).toMatchObject({ written: false, documents: [{ title: 'A title', duplicates: 1 }] });

    const md = path.join(data, 'out', 'a.md');
    expect((await runCommand(['export', '--doc', 'A title', '--format', 'md', '--out', md, '--data', data])).status).toBe(0);
    const parsed = parseExport(await readFile(md, 'utf8'));
    expect(parsed.blockQuotes).toEqual(['first paragraph']);
    expect(parsed.paragraphs).toContain('Colour: Yellow · Tags: keep');
    expect(await readFile(md, 'utf8')).toContain('Tags: `keep`');

    const json = path.join(data, 'out', 'a.json');
    await runCommand(['export', '--doc', 'A title', '--format', 'json', '--out', json, '--data', data]);
    expect(JSON.parse(await readFile(json, 'utf8'))).toMatchObject({ type: 'AnnotationCollection', total: 1 });

    const folder = path.join(data, 'library');
    const library = await runCommand(['export', '--format', 'md', '--layout', 'per-document', '--out', folder, '--data', data]);
    expect(library.stdout).toBe(`Wrote 5 files to ${folder}\n`);
    expect((await readdir(folder)).sort()).toContain('index.md');
    const tagged = await runCommand(['export', '--tag', 'keep', '--format', 'json', '--out', path.join(data, 'keep.json'), '--data', data]);
    expect(tagged.status).toBe(0);

    expect(await runCommand(['export', '--doc', 'Nothing like this', '--format', 'md', '--out', md, '--data', data])).toMatchObject({ status: 1 });
    expect(await runCommand(['export', '--format', 'pdf', '--out', md, '--data', data])).toMatchObject({ status: 2 });
    expect((await runCommand(['export', '--format', 'md', '--data', data])).stderr).toMatch(/--out <path> is required/);
  });

  it('writes tags as exact text, or with --hashtags as #tags where a tag can be one', async () => {
    const data = await tempDir();
    const source = path.join(data, 'article.txt');
    await writeFile(source, 'A title\n\nThe first paragraph of the article.');
    const w3c = path.join(data, 'in.json');
    const tags = ['C#', 'greek'].map((value) => ({ type: 'TextualBody', value, purpose: 'tagging' }));
    await writeFile(w3c, JSON.stringify({ type: 'Annotation', body: tags, target: { selector: [{ type: 'TextQuoteSelector', exact: 'first paragraph' }] } }));
    expect((await runCommand(['import', source, '--data', data])).status).toBe(0);
    expect((await runCommand(['annotations', 'import', 'A title', w3c, '--data', data])).status).toBe(0);
    const md = path.join(data, 'a.md');
    expect((await runCommand(['export', '--doc', 'A title', '--format', 'md', '--hashtags', '--out', md, '--data', data])).status).toBe(0);
    const written = await readFile(md, 'utf8');
    expect(written).toContain('Colour: Yellow · Tags: `C#` #greek');
    expect(written).toContain('tags: ["C#", "greek"]');
  });

  it('refuses to change a library the app has open, but still reads it', async () => {
    const data = await tempDir();
    const source = path.join(data, 'a.txt');
    await writeFile(source, 'Some text.');
    expect((await runCommand(['import', source, '--data', data])).status).toBe(0);
    // The test process stands in for the running app; the refused command is a real process.
    await writeFile(path.join(data, 'marginalia.lock'), JSON.stringify({ pid: process.pid }));
    const refused = runCli(['import', source, '--data', data]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/The Marginalia app has this library open \(process \d+\)/);
    expect((await runCommand(['list', '--data', data])).status).toBe(0);
    const before = await readdir(data);
    await runCommand(['export', '--format', 'md', '--out', path.join(data, 'x.md'), '--data', data]);
    expect((await readdir(data)).filter((f) => !before.includes(f))).toEqual(['x.md']);
  });
});
