/** A real data folder with one document in it, made by the command line, for CLI tests. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { runCommand } from './runCommand';

/**
 * Imports a short text titled "My résumé" with `marginalia import` into a new data folder
 * (`tempDir` makes each folder) and returns the folder and the document's id.
 */
export async function cliLibraryWithResume(tempDir: () => Promise<string>): Promise<{ data: string; id: string }> {
  const data = await tempDir();
  const file = path.join(await tempDir(), 'cv.txt');
  await writeFile(file, 'My résumé\n\nA good résumé fits on one page.\n');
  expect((await runCommand(['import', file, '--data', data])).status).toBe(0);
  const list = JSON.parse((await runCommand(['list', '--json', '--data', data])).stdout) as { id: string; title: string }[];
  return { data, id: list.find((d) => d.title === 'My résumé')!.id };
}
