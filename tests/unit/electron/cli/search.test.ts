/** `marginalia search` on a real data folder (run in-process: tests/support/runCommand.ts). */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../support/runCommand';
import { cliLibraryWithResume } from '../../../support/cliLibrary';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

const library = () => cliLibraryWithResume(tempDir);

describe('marginalia search', () => {
  it('prints id, title, kind, offset and the excerpt with the match in brackets, one hit a line', async () => {
    const { data, id } = await library();
    const found = await runCommand(['search', 'resume', '--doc', 'My résumé', '--data', data]);
    expect(found.stderr).toBe('');
    expect(found.status).toBe(0);
    expect(found.stdout.split('\n').filter(Boolean).sort()).toEqual([`${id}\tMy résumé\ttext\t18\tA good [résumé] fits on one page.`, `${id}\tMy résumé\ttext\t3\tMy [résumé]`]);
  });

  it('prints JSON with --json, says when nothing matches, and needs a query', async () => {
    const { data, id } = await library();
    const json = JSON.parse((await runCommand(['search', 'page', '--doc', id, '--json', '--data', data])).stdout) as { documentId: string; kind: string; offset: number; snippet: { text: string; matchStart: number; matchEnd: number } }[];
    expect(json).toEqual([{ documentId: id, title: 'My résumé', kind: 'text', offset: 37, annotationId: null, snippet: { text: 'A good résumé fits on one page.', matchStart: 26, matchEnd: 30 } }]);
    expect((await runCommand(['search', 'page', '--tag', 'nothing-tagged', '--data', data])).stdout).toBe('Nothing in the library matches “page”.\n');
    expect((await runCommand(['search', '--data', data])).status).toBe(2);
    expect((await runCommand(['search', 'page', '--doc', 'No such title', '--data', data])).status).toBe(1);
  });

  it('prints titles and excerpts terminal-safe', async () => {
    const data = await tempDir();
    const file = path.join(await tempDir(), 'bidi.txt');
    await writeFile(file, 'Evil \u202Etitle\n\nThe word zebra\u001b[31m sits here.\n');
    expect((await runCommand(['import', file, '--data', data])).status).toBe(0);
    const found = (await runCommand(['search', 'zebra', '--data', data])).stdout;
    expect(found).toContain('[zebra]');
    expect(found).toContain('\\u{202e}');
    expect(found.includes('\u202E') || found.includes('\u001b')).toBe(false);
  });
});
