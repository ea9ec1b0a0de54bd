import { spawnSync } from 'node:child_process';
import path from 'node:path';

const CLI = path.resolve(__dirname, '../../electron/cli/marginalia.ts');

/** Runs the command line from source as a child process under plain Node (through tsx). */
export function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', env: { ...process.env, MARGINALIA_DATA_DIR: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
