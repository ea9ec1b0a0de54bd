/**
 * Packets from the command line (run in-process: tests/support/runCommand.ts) on real data folders: a teacher creates
 * one, a student imports it, lists the layers, hands in; the teacher imports the hand-in and
 * exports every layer.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../support/runCommand';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();
const DOC = "Syria's new leader at the Kremlin";

async function folderWithSamples(): Promise<string> {
  const data = await tempDir();
  const file = path.join(data, 'first.txt');
  await writeFile(file, 'A first note of my own.\n');
  expect((await runCommand(['import', file, '--data', data])).status).toBe(0);
  return data;
}

describe('marginalia packet, layers and import of .marginalia files', () => {
  it('creates a packet, opens it elsewhere as a read-only layer, hands in, and exports every layer naming its author', async () => {
    const out = await tempDir();
    const teacher = await folderWithSamples();
    const student = await folderWithSamples();
    const packet = path.join(out, 'week3.marginalia');

    const created = await runCommand(['packet', 'create', '--doc', DOC, '--author', 'Ms Rivera', '--title', 'Week 3', '--instructions', 'Read closely.', '--out', packet, '--data', teacher]);
    expect(created.stderr).toBe('');
    expect(created.stdout).toMatch(/^Wrote packet .*week3\.marginalia \(urn:uuid:[0-9a-f-]{36}, revision 1, 0 annotations\)\n$/);
    expect((await runCommand(['packet', 'create', '--doc', DOC, '--author', 'Ms Rivera', '--out', packet, '--data', teacher])).status).toBe(1);

    const opened = await runCommand(['import', packet, '--data', student]);
    expect(opened.stdout).toMatch(/^Opened packet by Ms Rivera \(teacher, revision 1\) on “Syria's new leader at the Kremlin” as d[0-9a-f]{20}: 0 added, 0 changed, 0 removed\n$/);
    expect((await runCommand(['import', packet, '--data', student])).stdout).toMatch(/nothing changed/);

    const layers = JSON.parse((await runCommand(['layers', '--doc', DOC, '--json', '--data', student])).stdout) as { name: string; role: string; count: number; readOnly: boolean }[];
    expect(layers.map(({ name, role, count, readOnly }) => ({ name, role, count, readOnly }))).toEqual([
      { name: '', role: 'own', count: 0, readOnly: false },
      { name: 'Ms Rivera', role: 'teacher', count: 0, readOnly: true },
    ]);

    const handIn = path.join(out, 'sam.marginalia');
    expect((await runCommand(['packet', 'handin', '--doc', DOC, '--author', 'Sam', '--out', handIn, '--data', student])).status).toBe(0);
    expect((await runCommand(['import', handIn, '--data', teacher])).stdout).toMatch(/^Opened hand-in by Sam \(student, revision 1\)/);
    expect((await runCommand(['layers', '--doc', DOC, '--data', teacher])).stdout).toMatch(/^own\s+\t\s+0\teditable\tMs Rivera\nstudent\s*\t\s+0\tread-only\tSam\n$/);

    const md = path.join(out, 'all.md');
    expect((await runCommand(['export', '--doc', DOC, '--format', 'md', '--layer', 'all', '--out', md, '--data', teacher])).status).toBe(0);
    expect(await readFile(md, 'utf8')).toMatch(/^# Syria/m);
    const nobody = await runCommand(['export', '--doc', DOC, '--format', 'md', '--layer', 'Nobody', '--out', path.join(out, 'x.md'), '--data', teacher]);
    expect(nobody).toMatchObject({ status: 1 });
    expect(nobody.stderr).toMatch(/Nobody called “Nobody” has a layer here/);
  });

  it('refuses a hostile packet with a message and exit status 1, and a wrong command line with 2', async () => {
    const data = await folderWithSamples();
    const file = path.join(data, 'evil.marginalia');
    await writeFile(file, '{"format":"marginalia-packet","__proto__":{"x":1}}');
    const refused = await runCommand(['import', file, '--data', data]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/__proto__/);
    expect((await runCommand(['packet', 'send', '--data', data])).status).toBe(2);
    expect((await runCommand(['packet', 'create', '--doc', DOC, '--data', data])).status).toBe(2);
  });
});

describe('a new data folder', () => {
  it('is created by the first command that writes to it', async () => {
    const parent = await tempDir();
    const data = path.join(parent, 'not', 'there', 'yet');
    const file = path.join(parent, 'note.txt');
    await writeFile(file, 'A note.\n');
    const imported = await runCommand(['import', file, '--data', data]);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect((await runCommand(['list', '--data', data])).stdout.split('\n').filter(Boolean)).toHaveLength(4);
  });
});
