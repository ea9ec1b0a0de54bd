/**
 * electron-builder.yml: the Electron fuses flipped at packaging time (the installed binary
 * cannot be run as plain Node, inspected, or given code from outside its app.asar), and the
 * parts of the config that packaging needs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererUrl } from '../../electron/main/rendererUrl';

// js-yaml and electron-builder's config check come with electron-builder; they are loaded with
// require and typed here by hand, as far as this test uses them.
const require = createRequire(import.meta.url);
const { load } = require('js-yaml') as { load: (text: string) => unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (isEnabled: boolean) => unknown };

const ROOT = path.resolve(__dirname, '../..');

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  directories?: { output?: string };
  files?: string[];
  extraResources?: { from: string; to: string; filter?: string[] }[];
  electronFuses?: Record<string, boolean>;
  linux?: { target?: unknown };
  mac?: { target?: unknown };
  win?: { target?: unknown };
}

const config = load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string };

describe('electron-builder.yml', () => {
  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableCookieEncryption', true],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['loadBrowserProcessSpecificV8Snapshot', false],
  ])('sets the fuse %s to %s', (fuse, value) => {
    expect(config.electronFuses?.[fuse]).toBe(value);
  });

  it('keeps file:// privileges, because the packaged renderer is a file:// page whose module scripts need them', () => {
    // Turning grantFileProtocolExtraPrivileges off blocks <script type="module"> from file://
    // (a blank window). It can go once the renderer is served from a custom protocol.
    expect(rendererUrl({ isPackaged: true, env: {}, builtIndexPath: '/app/out/renderer/index.html' })).toMatch(/^file:/);
    expect(config.electronFuses?.['grantFileProtocolExtraPrivileges']).toBe(true);
  });

  it('passes electron-builder\'s own schema check (a misspelt fuse or option fails it)', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } };
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  });

  it('packs the app into app.asar, which onlyLoadAppFromAsar requires', () => {
    expect(config.asar).toBe(true);
  });

  it('still lists what packaging needs: the build output, package.json, the samples and a target per platform', () => {
    expect(config.appId).toBe('app.marginalia.reader');
    expect(config.productName).toBe('Marginalia');
    expect(config.directories?.output).toBe('release');
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'package.json']));
    expect(packageJson.main.startsWith('out/')).toBe(true);
    expect(config.extraResources).toContainEqual(expect.objectContaining({ from: 'assets/samples', to: 'samples' }));
    for (const platform of [config.linux, config.mac, config.win]) expect(platform?.target).toBeTruthy();
  });
});
