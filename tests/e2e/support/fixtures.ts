import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { AppSession } from './bridge';

/** Fixtures: a fresh temp data folder per test, and an app session over it. */
export const test = base.extend<{ dataDir: string; workDir: string; app: AppSession }>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'marginalia-data-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern
  workDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'marginalia-work-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  app: async ({ page, dataDir }, use) => {
    const session = await AppSession.start(page, dataDir);
    await use(session);
    expect(session.errors, 'console errors or uncaught exceptions in the page').toEqual([]);
  },
});

export { expect };
