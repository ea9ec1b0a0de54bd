// Lint rules, including the layering of README.md's "Architecture" section:
// shared/ stays pure, renderer/ never reaches Electron or Node, services never import Electron.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events'];

/** A no-restricted-imports rule that forbids the given module patterns with a reason. */
function forbid(patterns, message) {
  return { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] };
}

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: forbid(
      ['electron', 'react', 'react-dom', 'react/*', 'mark.js', 'lowdb', 'lowdb/*', ...nodeBuiltins, '**/electron/**', '**/renderer/**'],
      'shared/ is pure TypeScript: no Electron, React, DOM or Node imports.',
    ),
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: forbid(
      ['electron', 'lowdb', 'lowdb/*', ...nodeBuiltins, '**/electron/**'],
      'renderer/ reaches the disk only through the typed API (window.marginalia).',
    ),
  },
  {
    files: ['electron/services/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: forbid(['electron', '**/renderer/**', '**/main/**', '**/preload/**'], 'Services are plain Node: no Electron, no renderer.'),
  },
  {
    files: ['electron/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: forbid(['electron', '**/renderer/**', '**/main/**', '**/preload/**'], 'The command line runs under plain Node: no Electron.'),
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: forbid(['**/renderer/**', '**/preload/**'], 'Main talks to the renderer only through IPC.'),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: forbid(
      ['lowdb', 'lowdb/*', ...nodeBuiltins, '**/renderer/**', '**/services/**', '**/main/**'],
      'The preload exposes only the API contract from shared/api.',
    ),
  },
  {
    files: ['tests/**/*.{ts,tsx}', '*.config.{ts,js}', 'tests/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
