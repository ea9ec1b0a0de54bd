/** `marginalia rename`, `marginalia rm` and `marginalia trash` as child processes on a real data folder. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../support/runCli';
import { cliLibraryWithResume } from '../../../support/cliLibrary';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

const library = () => cliLibraryWithResume(tempDir);

const titles = (data: string) => (JSON.parse(runCli(['list', '--json', '--data', data]).stdout) as { title: string }[]).map((d) => d.title);

describe('marginalia rename', () => {
  it('renames a document found by id or title, and refuses an empty title', () => {
    return library().then(({ data, id }) => {
      const renamed = runCli(['rename', 'My résumé', '  My CV ', '--data', data]);
      expect(renamed.stderr).toBe('');
      expect(renamed.stdout).toBe('Renamed “My résumé” to “My CV”.\n');
      expect(titles(data)).toContain('My CV');
      const empty = runCli(['rename', id, '   ', '--data', data]);
      expect(empty.status).toBe(1);
      expect(empty.stderr).toMatch(/A title cannot be empty/);
      expect(runCli(['rename', id, '--data', data]).status).toBe(2);
    });
  });
});

describe('marginalia rm and trash', () => {
  it('moves a document to the trash, lists it, and restores it by entry id', async () => {
    const { data, id } = await library();
    const removed = runCli(['rm', 'My résumé', '--data', data]);
    expect(removed.stderr).toBe('');
    expect(removed.stdout).toMatch(/^Moved “My résumé” to the trash \(entry \S+\), with 0 highlights; restore it within 30 days with: marginalia trash restore \S+\n$/);
    expect(titles(data)).not.toContain('My résumé');

    const listed = runCli(['trash', 'list', '--json', '--data', data]);
    const entries = JSON.parse(listed.stdout) as { id: string; documentId: string; title: string }[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ documentId: id, title: 'My résumé' });
    const table = runCli(['trash', '--data', data]);
    expect(table.stdout).toMatch(new RegExp(`^${entries[0]!.id}\\t\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\t30 days left\\t    0\\tMy résumé\\n$`));

    const restored = runCli(['trash', 'restore', entries[0]!.id, '--data', data]);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toBe('Restored “My résumé” with 0 highlights.\n');
    expect(titles(data)).toContain('My résumé');
    expect(runCli(['trash', 'list', '--data', data]).stdout).toBe('The trash is empty.\n');
    expect(runCli(['trash', 'restore', entries[0]!.id, '--data', data]).status).toBe(1);
    expect(runCli(['trash', 'empty', '--data', data]).status).toBe(2);
  });
});
