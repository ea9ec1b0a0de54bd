#!/usr/bin/env node
// Makes sure the browser the e2e tests drive is present. Playwright's own browser download
// is not used: the tests run Debian's Chromium (or CHROMIUM_PATH). On Debian/Ubuntu as root
// a missing Chromium is installed with apt-get; elsewhere this explains what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (process.platform === 'linux' && isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`[tests] ${wanted} is missing; installing Debian's chromium with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (existsSync(wanted)) process.exit(0);
}
console.error(
  `[tests] No Chromium at ${wanted}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) ` +
    'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run the tests again.',
);
process.exit(1);
