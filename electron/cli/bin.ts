#!/usr/bin/env node
/**
 * The `marginalia` executable (built to out/cli/marginalia.mjs): runs the command line given
 * to the process and exits with its status. The commands themselves are in `marginalia.ts`.
 */
import { main } from './marginalia';

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
