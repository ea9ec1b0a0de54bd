/**
 * The built command line (out/cli/marginalia.mjs, the package's `bin`) runs under plain Node.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/fixtures';

const BIN = path.resolve('out/cli/marginalia.mjs');

test('the built marginalia command runs under plain Node', async ({ workDir }) => {
  const version = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
  expect(version.stdout.trim()).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  const file = path.join(workDir, 'a.txt');
  writeFileSync(file, 'Title\n\nBody text.');
  const imported = spawnSync(process.execPath, [BIN, 'import', file, '--data', workDir], { encoding: 'utf8' });
  expect(imported.status).toBe(0);
  const list = spawnSync(process.execPath, [BIN, 'list', '--json', '--data', workDir], { encoding: 'utf8' });
  expect((JSON.parse(list.stdout) as { title: string }[]).map((d) => d.title)).toContain('Title');
});
