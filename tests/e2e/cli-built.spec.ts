/**
 * The built command line (out/cli/marginalia.mjs, the package's `bin`) runs under plain Node.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/fixtures';

const BIN = path.resolve('out/cli/marginalia.mjs');
const RECORDER = path.resolve('tests/e2e/support/moduleRecorder.mjs');
/** Packages only some files need, slow to load: a command that reads no such file must not load them. */
const HEAVY = ['chardet', 'iconv-lite', 'jsdom', '@mozilla/readability', 'pdfjs-dist'];

/** The heavy packages a run of the built command loaded, each once. */
function heavyLoadedBy(args: readonly string[], workDir: string): string[] {
  const record = path.join(workDir, `modules-${args[0]}-${Math.random().toString(36).slice(2)}.txt`);
  const run = spawnSync(process.execPath, ['--import', RECORDER, BIN, ...args], { encoding: 'utf8', env: { ...process.env, MODULE_RECORD_FILE: record } });
  expect(run.status, run.stderr).toBe(0);
  const urls = existsSync(record) ? readFileSync(record, 'utf8').split('\n') : [];
  return HEAVY.filter((name) => urls.some((url) => url.includes(`/node_modules/${name}/`)));
}

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

test('listing, help and a UTF-8 import load none of the heavy decoding packages; a Windows-1252 file loads chardet and iconv-lite', async ({ workDir }) => {
  const utf8 = path.join(workDir, 'notes.txt');
  writeFileSync(utf8, 'Notes\n\nPlain “UTF-8” text.');
  const legacy = path.join(workDir, 'old.txt');
  writeFileSync(legacy, Buffer.from('Old notes\n\nCaf\xe9 cr\xe8me, d\xe9j\xe0 vu, na\xefve fa\xe7ade.', 'latin1'));
  expect(heavyLoadedBy(['--help'], workDir)).toEqual([]);
  expect(heavyLoadedBy(['list', '--data', workDir], workDir)).toEqual([]);
  expect(heavyLoadedBy(['import', utf8, '--data', workDir], workDir)).toEqual([]);
  expect(heavyLoadedBy(['list', '--json', '--data', workDir], workDir)).toEqual([]);
  expect(heavyLoadedBy(['import', legacy, '--data', workDir], workDir)).toEqual(['chardet', 'iconv-lite']);
});
