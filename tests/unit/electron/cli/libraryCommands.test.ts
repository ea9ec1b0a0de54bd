/** `marginalia rename`, `marginalia rm` and `marginalia trash` on a real data folder (run in-process: tests/support/runCommand.ts). */
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../support/runCommand';
import { cliLibraryWithResume } from '../../../support/cliLibrary';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

const library = () => cliLibraryWithResume(tempDir);

const titles = async (data: string) => (JSON.parse((await runCommand(['list', '--json', '--data', data])).stdout) as { title: string }[]).map((d) => d.title);

describe('marginalia rename', () => {
  it('renames a document found by id or title, and refuses an empty title', async () => {
    const { data, id } = await library();
    const renamed = await runCommand(['rename', 'My résumé', '  My CV ', '--data', data]);
    expect(renamed.stderr).toBe('');
    expect(renamed.stdout).toBe('Renamed “My résumé” to “My CV”.\n');
    expect(await titles(data)).toContain('My CV');
    const empty = await runCommand(['rename', id, '   ', '--data', data]);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/A title cannot be empty/);
    expect((await runCommand(['rename', id, '--data', data])).status).toBe(2);
  });
});

describe('marginalia rm and trash', () => {
  it('moves a document to the trash, lists it, and restores it by entry id', async () => {
    const { data, id } = await library();
    const removed = await runCommand(['rm', 'My résumé', '--data', data]);
    expect(removed.stderr).toBe('');
    expect(removed.stdout).toMatch(/^Moved “My résumé” to the trash \(entry \S+\), with 0 highlights; restore it within 30 days with: marginalia trash restore \S+\n$/);
    expect(await titles(data)).not.toContain('My résumé');

    const listed = await runCommand(['trash', 'list', '--json', '--data', data]);
    const entries = JSON.parse(listed.stdout) as { id: string; documentId: string; title: string }[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ documentId: id, title: 'My résumé' });
    const table = await runCommand(['trash', '--data', data]);
    expect(table.stdout).toMatch(new RegExp(`^${entries[0]!.id}\\t\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\t30 days left\\t    0\\tMy résumé\\n$`));

    const restored = await runCommand(['trash', 'restore', entries[0]!.id, '--data', data]);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toBe('Restored “My résumé” with 0 highlights.\n');
    expect(await titles(data)).toContain('My résumé');
    expect((await runCommand(['trash', 'list', '--data', data])).stdout).toBe('The trash is empty.\n');
    expect((await runCommand(['trash', 'restore', entries[0]!.id, '--data', data])).status).toBe(1);
    expect((await runCommand(['trash', 'empty', '--data', data])).status).toBe(2);
  });
});
