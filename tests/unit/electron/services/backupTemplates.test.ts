/**
 * User templates are part of backups: a daily backup copies templates/, and a restore brings an
 * edited or deleted template back without removing templates made since (they are the user's
 * tools, not the library's data).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../../../shared/api';
import { answeringDialogs } from '../../../support/dialogs';
import { SAMPLES_DIR } from '../../../support/seeds';
import { useTempDirs } from '../../../support/tempDir';
import { openUserApi } from '../../../support/userApi';

const tempDir = useTempDirs();

function start(dataDir: string, now: () => Date): Promise<ApiHandlers> {
  return openUserApi({ dataDir, samplesDir: SAMPLES_DIR, dialogs: answeringDialogs(), now });
}

describe('templates in backups', () => {
  it('backs up templates/ and restores them, keeping templates saved since', async () => {
    const dataDir = await tempDir();
    let time = Date.parse('2026-11-01T09:00:00.000Z');
    const now = () => new Date(time);
    const first = await start(dataDir, now);
    await first.saveTemplate({ name: 'weekly', source: '# {{document.title}}\n' });
    time += 86_400_000;
    const services = await start(dataDir, now);
    const [daily] = await services.listBackups({});
    const backupDir = path.join(dataDir, 'backups', daily!.id);
    expect(await readdir(path.join(backupDir, 'templates'))).toEqual(['weekly.mustache']);

    await services.saveTemplate({ name: 'weekly', source: 'changed {{count}}\n' });
    await services.saveTemplate({ name: 'later', source: 'later {{count}}\n' });
    time += 60_000;
    await services.restoreBackup({ backupId: daily!.id });
    expect(await readFile(path.join(dataDir, 'templates', 'weekly.mustache'), 'utf8')).toBe('# {{document.title}}\n');
    expect((await services.listTemplates({})).user.map((t) => t.name)).toEqual(['later', 'weekly']);
  });
});
