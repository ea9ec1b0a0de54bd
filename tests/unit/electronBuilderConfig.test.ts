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
import { PACKET_EXTENSIONS } from '../../electron/services/packetFile';
import { DOCUMENT_EXTENSIONS } from '../../shared/import';

// js-yaml and electron-builder's config check come with electron-builder; they are loaded with
// require and typed here by hand, as far as this test uses them.
const require = createRequire(import.meta.url);
const { load } = require('js-yaml') as { load: (text: string) => unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (isEnabled: boolean) => unknown };

const ROOT = path.resolve(__dirname, '../..');

interface FileAssociation {
  ext: string | string[];
  name?: string;
  role?: string;
  rank?: string;
  mimeType?: string;
}

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  directories?: { output?: string };
  files?: string[];
  extraResources?: { from: string; to: string; filter?: string[] }[];
  electronFuses?: Record<string, boolean>;
  fileAssociations?: FileAssociation[];
  linux?: { target?: unknown; fileAssociations?: FileAssociation[] };
  mac?: { target?: unknown; fileAssociations?: FileAssociation[] };
  win?: { target?: unknown; fileAssociations?: FileAssociation[] };
}

const config = load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
/** The associations electron-builder applies on a platform: the common ones, then the platform's own (as its packager joins them). */
function associationsOn(platform: 'linux' | 'mac' | 'win'): Map<string, FileAssociation> {
  const byExtension = new Map<string, FileAssociation>();
  for (const association of [...(config.fileAssociations ?? []), ...(config[platform]?.fileAssociations ?? [])]) {
    for (const ext of [association.ext].flat()) byExtension.set(ext, association);
  }
  return byExtension;
}

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

  describe('file associations', () => {
    const openable = [...DOCUMENT_EXTENSIONS, ...PACKET_EXTENSIONS];

    it.each(['linux', 'mac'] as const)('associate every extension the app opens on %s (documents, books and packets)', (platform) => {
      const associated = associationsOn(platform);
      expect(openable.filter((ext) => !associated.has(ext))).toEqual([]);
      for (const ext of openable) {
        const association = associated.get(ext)!;
        expect(association.ext, `${ext}: one extension an entry (Linux writes a glob per entry)`).toBe(ext);
        expect(association.name, ext).toBeTruthy();
        expect(association.mimeType, `${ext}: Linux lists the type in the .desktop file by its MIME type`).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
      }
    });

    it('open documents and books as a Viewer on macOS and never claim to be their default (rank Alternate); packets are the app\'s own', () => {
      const associated = associationsOn('mac');
      for (const ext of DOCUMENT_EXTENSIONS) expect(associated.get(ext), ext).toMatchObject({ role: 'Viewer', rank: 'Alternate' });
      for (const ext of PACKET_EXTENSIONS) expect(associated.get(ext), ext).toMatchObject({ role: 'Editor' });
      expect(associated.get('epub')?.mimeType).toBe('application/epub+zip');
      expect(associated.get('pdf')?.mimeType).toBe('application/pdf');
    });

    it('on Windows associate only packets: the NSIS installer would make the app the default for every extension it associates', () => {
      expect([...associationsOn('win').keys()]).toEqual([...PACKET_EXTENSIONS]);
    });
  });
});
