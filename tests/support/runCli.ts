import { spawnSync } from 'node:child_process';
import path from 'node:path';

const CLI = path.resolve(__dirname, '../../electron/cli/bin.ts');

/** What one command line did: its exit status and everything it printed. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the command line from source as a child process under plain Node (through tsx). Each
 * start costs about a second; tests that are not about the process use `runCommand`.
 */
export function runCli(args: string[]): CliRun {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', env: { ...process.env, MARGINALIA_DATA_DIR: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
