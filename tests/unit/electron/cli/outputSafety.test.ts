/**
 * The command line never replaces files silently and never prints control characters taken
 * from untrusted titles or notes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../support/runCommand';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

/** A data folder holding the sample library (created by a first import, as a user's would be). */
async function libraryWithSamples(): Promise<string> {
  const data = await tempDir();
  const file = path.join(data, 'first.txt');
  await writeFile(file, 'A first note of my own.\n');
  expect((await runCommand(['import', file, '--data', data])).status).toBe(0);
  return data;
}
const CONTROL = /(?![\n\t])[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

describe('marginalia export never overwrites silently', () => {
  it('refuses to replace an existing file without --force, writing nothing, and replaces it with --force', async () => {
    const data = await libraryWithSamples();
    const out = path.join(data, 'notes.md');
    await writeFile(out, 'my own notes\n');
    const refused = await runCommand(['export', '--doc', "Syria's new leader at the Kremlin", '--format', 'md', '--out', out, '--data', data]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/would be replaced .*notes\.md.*nothing was written\. Add --force/);
    expect(await readFile(out, 'utf8')).toBe('my own notes\n');

    const forced = await runCommand(['export', '--doc', "Syria's new leader at the Kremlin", '--format', 'md', '--out', out, '--data', data, '--force']);
    expect(forced.status).toBe(0);
    expect(await readFile(out, 'utf8')).toMatch(/^---\ntitle: /);
  });

  it('writes no file of a per-document export when any of them exists', async () => {
    const data = await libraryWithSamples();
    const folder = path.join(data, 'export');
    expect((await runCommand(['export', '--format', 'md', '--layout', 'per-document', '--out', folder, '--data', data])).status).toBe(0);
    const index = path.join(folder, 'index.md');
    await writeFile(index, 'edited by hand\n');
    const again = await runCommand(['export', '--format', 'md', '--layout', 'per-document', '--out', folder, '--data', data]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/5 files would be replaced/);
    expect(await readFile(index, 'utf8')).toBe('edited by hand\n');
  });
});

describe('marginalia output is safe for a terminal', () => {
  it('shows escape sequences and bidi overrides from a hostile title as visible escapes', async () => {
    const data = await tempDir();
    const file = path.join(data, 'evil.md');
    await writeFile(file, '# Title\u001b]0;owned\u0007\u001b[2J with \u202Eexe.txt\n\nBody text.\n');
    const imported = await runCommand(['import', file, '--data', data]);
    expect(imported.status).toBe(0);
    expect(imported.stdout).not.toMatch(CONTROL);
    expect(imported.stdout).toContain('Title\\u{1b}]0;owned\\u{7}\\u{1b}[2J with \\u{202e}exe.txt');
    for (const args of [['list'], ['list', '--json']]) {
      const listed = await runCommand([...args, '--data', data]);
      expect(listed.status).toBe(0);
      expect(listed.stdout).not.toMatch(CONTROL);
    }
    const missing = await runCommand(['export', '--doc', 'Nothing\u001b[31m', '--format', 'md', '--out', path.join(data, 'x.md'), '--data', data]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).not.toMatch(CONTROL);
    expect(missing.stderr).toContain('Nothing\\u{1b}[31m');
  });
});
