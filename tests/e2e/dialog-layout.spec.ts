/**
 * The app's dialogs share one layout for a field with its problem message and for the Cancel /
 * primary button row (DialogField, DialogButtons). Each dialog is opened in the light and the
 * dark theme, with its problem message showing where it has one: axe finds nothing serious in
 * it, the field names its problem, and a screenshot of it is kept in test-results/screens.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { AppSession } from './support/bridge';
import { libraryOnDisk } from './support/disk';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const TITLE = "Unpacking Sharaa's diplomatic overture to Putin";
const THEMES = ['light', 'dark'] as const;

/** Checks the open dialog with axe and keeps a picture of it (dates masked, so pictures compare). */
async function keep(page: Page, dialog: Locator, name: string, theme: string): Promise<void> {
  await expect(dialog).toBeVisible();
  expect(await seriousViolations(page, 'dialog[open]'), `${name} (${theme})`).toEqual([]);
  await dialog.screenshot({
    path: `test-results/screens/cleanup-${name}-${theme}.png`,
    animations: 'disabled',
    mask: [dialog.locator('.backup-when')],
  });
}

/** Closes the open dialog with Escape. */
async function escape(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('the library’s dialogs keep one layout in the light and dark themes', async ({ app: first, dataDir }) => {
  // The second start of the day takes the daily backup, so Restore from backup lists one.
  await first.page.close();
  const app = await AppSession.start(await first.page.context().newPage(), dataDir);
  const page = app.page;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(3);

    await page.getByRole('group', { name: TITLE, exact: true }).getByRole('button', { name: 'Rename' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename document' });
    const title = rename.getByRole('textbox', { name: 'Title' });
    await title.fill(' ');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect(rename.getByRole('alert')).toContainText('A title cannot be empty');
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(title).toHaveAccessibleDescription(/A title cannot be empty/);
    await keep(page, rename, 'rename', theme);
    await rename.getByRole('button', { name: 'Cancel' }).click();
    await expect(rename).toBeHidden();

    await page.getByRole('button', { name: 'Trash…' }).click();
    const trash = page.getByRole('dialog', { name: 'Trash' });
    await expect(trash).toContainText('The trash is empty.');
    await keep(page, trash, 'trash', theme);
    await escape(page, trash);

    await app.menu('restore-backup');
    const restore = page.getByRole('dialog', { name: 'Restore from backup' });
    await expect(restore.getByRole('radio').first()).toBeChecked();
    await keep(page, restore, 'restore', theme);
    await escape(page, restore);

    await app.menu('manage-tags');
    const tags = page.getByRole('dialog', { name: 'Manage tags' });
    await expect(tags).toContainText('No tags yet.');
    await keep(page, tags, 'tags', theme);
    await escape(page, tags);

    await app.menu('import-annotations');
    const importing = page.getByRole('dialog', { name: 'Import annotations' });
    await keep(page, importing, 'import', theme);
    await escape(page, importing);

    await app.menu('export-markdown');
    const exporting = page.getByRole('dialog', { name: 'Export highlights' });
    await keep(page, exporting, 'export', theme);
    await escape(page, exporting);
  }
  expect(app.errors).toEqual([]);
});

test('the reader’s dialogs keep one layout in the light and dark themes', async ({ app, dataDir, workDir }) => {
  // The teacher's packet, made through the services, so that the student can hand in.
  const documentId = (await libraryOnDisk(dataDir)).find((d) => d.title === TITLE)!.id;
  const { text } = await app.handlers.getDocument({ documentId });
  const start = text.indexOf('assuring Putin that Damascus');
  await app.handlers.createAnnotation({ documentId, start, end: start + 28, color: 'blue', note: 'Why?', tags: [], question: true });
  await app.handlers.setProfileName({ name: 'Ms Rivera' });
  const packet = path.join(workDir, 'packet.marginalia');
  app.dialogs.saveAnswers.push(packet);
  expect((await app.handlers.sharePacket({ documentId, title: TITLE, instructions: '' })).status).toBe('written');
  await app.page.close();
  const later = path.join(workDir, 'later.txt');
  await writeFile(later, 'Marsh diary\n\nThe river rose in the night.\n');

  const studentDir = await mkdtemp(path.join(os.tmpdir(), 'marginalia-student-'));
  try {
    const student = await AppSession.start(await app.page.context().newPage(), studentDir);
    const page = student.page;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    student.dialogs.openAnswers.push(packet);
    expect((await student.handlers.openFile({})).status).toBe('packet-opened');
    await page.reload();
    await page.getByRole('button', { name: new RegExp(TITLE) }).click();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });

      if (theme === 'light') {
        // No name yet: sharing asks for it first; an empty name is refused with a message.
        await student.menu('share-packet');
        const name = page.getByRole('dialog', { name: 'Your name' });
        const field = name.getByLabel('Your name, as your students or teacher will see it');
        await expect(field).toBeFocused();
        await name.getByRole('button', { name: 'Save name' }).click();
        await expect(name.getByRole('alert')).toHaveText('Type your name first.');
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        await expect(field).toHaveAccessibleDescription('Type your name first.');
        for (const each of THEMES) {
          await page.emulateMedia({ colorScheme: each });
          await keep(page, name, 'name', each);
        }
        await page.emulateMedia({ colorScheme: theme });
        await field.fill('Sam');
        await name.getByRole('button', { name: 'Save name' }).click();
      } else {
        await student.menu('share-packet');
      }
      const share = page.getByRole('dialog', { name: 'Share as packet' });
      await share.getByRole('textbox', { name: 'Title' }).fill('');
      await share.getByRole('button', { name: 'Share…' }).click();
      await expect(share.getByRole('alert')).toContainText('Give the packet a title');
      await keep(page, share, 'share', theme);
      await share.getByRole('button', { name: 'Cancel' }).click();
      await expect(share).toBeHidden();

      await student.menu('hand-in');
      const handIn = page.getByRole('dialog', { name: 'Hand in' });
      await expect(handIn.getByRole('button', { name: 'Hand in…' })).toBeVisible();
      // Its main action is where the keyboard starts, so Enter hands in.
      await expect(handIn.getByRole('button', { name: 'Hand in…' })).toBeFocused();
      await keep(page, handIn, 'hand-in', theme);
      await escape(page, handIn);

      await student.menu('export-handout');
      const handout = page.getByRole('dialog', { name: 'Export handout' });
      await keep(page, handout, 'handout', theme);
      await escape(page, handout);

      await page.getByRole('button', { name: 'Reading settings…' }).click();
      const settings = page.getByRole('dialog', { name: 'Reading settings' });
      await keep(page, settings, 'reading-settings', theme);
      await settings.getByRole('button', { name: 'Done' }).click();
      await expect(settings).toBeHidden();
    }

    // A new version's report (made once; its Undo button and Close are the dialog's row).
    student.dialogs.openAnswers.push(later);
    await student.menu('replace-version');
    const report = page.getByRole('dialog', { name: /New version/ });
    await expect(report.getByRole('button', { name: 'Close' })).toBeFocused();
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      await keep(page, report, 'new-version', theme);
    }
    await report.getByRole('button', { name: 'Close' }).click();
    await expect(report).toBeHidden();
    expect(student.errors).toEqual([]);
  } finally {
    await rm(studentDir, { recursive: true, force: true });
  }
});
