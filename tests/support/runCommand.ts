/**
 * Runs one `marginalia` command line inside the test process: the CLI's own `main` with the
 * same services, argument parsing, terminal-safe output and exit statuses as the executable,
 * without the ~1 s it takes to start a process through tsx. Use `runCli` instead where the
 * test is about the process itself (the executable's exit code, a lock held until it exits).
 */
import { vi } from 'vitest';
import { main } from '../../electron/cli/marginalia';
import type { CliRun } from './runCli';

const CONSOLE_TO_STDOUT = ['log', 'info', 'debug'] as const;
const CONSOLE_TO_STDERR = ['error', 'warn', 'trace'] as const;

/**
 * Runs `args` as `marginalia <args>` would, resolving with its exit status and what it printed.
 * Anything the services print to the console during the command is captured too, as a child
 * process's stdout and stderr would be. Locks the command took are released when it ends, as
 * the process's exit would release them.
 */
export async function runCommand(args: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const releases: (() => void)[] = [];
  const spies = [
    ...CONSOLE_TO_STDOUT.map((name) => vi.spyOn(console, name).mockImplementation((...parts: unknown[]) => void (stdout += `${parts.map(String).join(' ')}\n`))),
    ...CONSOLE_TO_STDERR.map((name) => vi.spyOn(console, name).mockImplementation((...parts: unknown[]) => void (stderr += `${parts.map(String).join(' ')}\n`))),
  ];
  try {
    const status = await main(
      args,
      { out: (text) => void (stdout += text), err: (text) => void (stderr += text) },
      (release) => void releases.push(release),
    );
    return { status, stdout, stderr };
  } finally {
    for (const spy of spies) spy.mockRestore();
    for (const release of releases) release();
  }
}
