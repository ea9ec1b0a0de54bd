/**
 * The layering rules of the architecture are enforced by ESLint; these tests prove the rules
 * bite, so a forbidden import fails `npm test` rather than slipping through.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImportErrors(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('layering rules', () => {
  it.each([
    ['shared/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['shared/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['shared/x.ts', "import React from 'react';\nexport const a = React;\n"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['renderer/src/x.ts', "import { readFile } from 'node:fs/promises';\nexport const a = readFile;\n"],
    ['renderer/src/x.ts', "import { LibraryStore } from '../../electron/services/libraryStore';\nexport const a = LibraryStore;\n"],
    ['electron/services/x.ts', "import { dialog } from 'electron';\nexport const a = dialog;\n"],
    ['electron/preload/x.ts', "import { readFile } from 'node:fs';\nexport const a = readFile;\n"],
  ])('forbids in %s: %s', async (file, code) => {
    expect(await restrictedImportErrors(file, code)).toBe(1);
  });

  it.each([
    ['shared/x.ts', "import { z } from 'zod';\nexport const a = z;\n"],
    ['renderer/src/x.ts', "import { anchor } from '../../shared/anchoring';\nexport const a = anchor;\n"],
    ['electron/services/x.ts', "import { readFile } from 'node:fs/promises';\nexport const a = readFile;\n"],
    ['electron/main/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await restrictedImportErrors(file, code)).toBe(0);
  });
});
