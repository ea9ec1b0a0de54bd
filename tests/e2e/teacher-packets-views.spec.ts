/**
 * The teacher/student views beyond the main walk: axe finds no serious or critical problems in
 * the layered reader, the question view and the new dialogs; every dialog closes with Escape;
 * Export Handout… writes a file; printing shows the text and the notes without the controls.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppSession } from './support/bridge';
import { annotationsOnDisk, libraryOnDisk } from './support/disk';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const TITLE = "Unpacking Sharaa's diplomatic overture to Putin";
const QUESTION = 'Why would Damascus promise to honour the old agreements?';
const ANSWER = 'To keep Russia from blocking the new government.';

/** The teacher's side, made through the services: a note, two questions, a name and a packet. */
async function teacherShares(app: AppSession, dataDir: string, packet: string): Promise<{ documentId: string; questionIds: string[] }> {
  const documentId = (await libraryOnDisk(dataDir)).find((d) => d.title === TITLE)!.id;
  const { text } = await app.handlers.getDocument({ documentId });
  const at = (passage: string) => {
    const start = text.indexOf(passage);
    expect(start).toBeGreaterThan(-1);
    return { documentId, start, end: start + passage.length, tags: [] };
  };
  await app.handlers.createAnnotation({ ...at('Putin, too, was keen'), color: 'green', note: 'Warm words.' });
  const q1 = await app.handlers.createAnnotation({ ...at('assuring Putin that Damascus'), color: 'blue', note: QUESTION, question: true });
  const q2 = await app.handlers.createAnnotation({ ...at('the first face-to-face meeting'), color: 'pink', note: 'When did he take power?', question: true });
  await app.handlers.setProfileName({ name: 'Ms Rivera' });
  app.dialogs.saveAnswers.push(packet);
  const shared = await app.handlers.sharePacket({ documentId, title: TITLE, instructions: 'Answer both questions.' });
  expect(shared.status).toBe('written');
  return { documentId, questionIds: [q1.id, q2.id] };
}

test('the layered reader, the question view and the new dialogs pass axe, close with Escape, export a handout and print the notes', async ({
  app,
  dataDir,
  workDir,
}) => {
  const packet = path.join(workDir, 'packet.marginalia');
  const { documentId, questionIds } = await teacherShares(app, dataDir, packet);
  await app.page.close();

  const studentDir = await mkdtemp(path.join(os.tmpdir(), 'marginalia-student-'));
  try {
    // ── The student: packet opened and one question answered through the services, then the views ──
    const student = await AppSession.start(await app.page.context().newPage(), studentDir);
    const page = student.page;
    student.dialogs.openAnswers.push(packet);
    expect((await student.handlers.openFile({})).status).toBe('packet-opened');
    await student.handlers.replyToAnnotation({ documentId, annotationId: questionIds[0]!, note: ANSWER });
    await page.reload();
    await page.getByRole('button', { name: new RegExp(TITLE) }).click();
    const sidebar = page.getByRole('complementary', { name: /Highlights/ });
    await expect(sidebar.getByRole('list', { name: 'Answers' })).toContainText(ANSWER);
    // A reply editor open on the unanswered question, as the student would have it.
    const unanswered = sidebar.getByRole('list', { name: 'Questions' }).locator(':scope > li').filter({ hasText: 'When did he take power?' });
    await unanswered.getByRole('button', { name: 'Answer', exact: true }).click();
    await expect(unanswered.getByLabel('Your answer')).toBeFocused();
    expect(await seriousViolations(page), 'student reader with layers').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(unanswered.getByLabel('Your answer')).toHaveCount(0);
    // An answer is one undo step, like any other change to the student's own notes.
    await unanswered.getByRole('button', { name: 'Answer', exact: true }).click();
    await unanswered.getByLabel('Your answer').fill('In December 2024.');
    await page.keyboard.press('Control+Enter');
    await expect(unanswered.getByRole('list', { name: 'Answers' })).toContainText('In December 2024.');
    await expect.poll(async () => (await annotationsOnDisk(studentDir, documentId)).map((a) => a.note)).toEqual([ANSWER, 'In December 2024.']);
    await page.keyboard.press('Control+Z');
    await expect(unanswered.getByRole('list', { name: 'Answers' })).toHaveCount(0);
    await expect.poll(async () => (await annotationsOnDisk(studentDir, documentId)).map((a) => a.note)).toEqual([ANSWER]);

    // The name prompt comes first when handing in; Escape closes it and nothing is handed in.
    await student.menu('hand-in');
    const nameDialog = page.getByRole('dialog', { name: 'Your name' });
    await expect(nameDialog.getByLabel('Your name, as your students or teacher will see it')).toBeFocused();
    expect(await seriousViolations(page), 'name dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(nameDialog).toBeHidden();
    // An empty name is refused in the dialog, with a reason.
    await student.menu('hand-in');
    await nameDialog.getByRole('button', { name: 'Save name' }).click();
    await expect(nameDialog.getByRole('alert')).toHaveText('Type your name first.');
    await nameDialog.getByLabel('Your name, as your students or teacher will see it').fill('Sam');
    await nameDialog.getByRole('button', { name: 'Save name' }).click();
    const handInDialog = page.getByRole('dialog', { name: 'Hand in' });
    await expect(handInDialog).toContainText('1 question still has no answer');
    expect(await seriousViolations(page), 'hand-in dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(handInDialog).toBeHidden();
    expect(student.dialogs.saveRequests).toEqual([]);

    // Export Handout…: the options, then a file where the save dialog says.
    const handout = path.join(workDir, 'handout.html');
    student.dialogs.saveAnswers.push(handout);
    await student.menu('export-handout');
    const handoutDialog = page.getByRole('dialog', { name: 'Export handout' });
    await expect(handoutDialog.getByRole('radio', { name: /Mine and every other layer/ })).toBeChecked();
    expect(await seriousViolations(page), 'handout dialog').toEqual([]);
    await handoutDialog.getByRole('radio', { name: 'As numbered endnotes' }).check();
    await handoutDialog.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Exported the handout to' })).toContainText(handout);
    const html = await readFile(handout, 'utf8');
    expect(html).toContain(QUESTION);
    expect(html).toContain(ANSWER);

    // Printing: the text and every note with its answer; no buttons, sidebar or messages.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-notes')).toBeVisible();
    await expect(page.locator('.print-notes')).toContainText(QUESTION);
    await expect(page.locator('.print-notes')).toContainText(`Your answer: ${ANSWER}`);
    await expect(page.locator('.document-text')).toBeVisible();
    await expect(sidebar).toBeHidden();
    await expect(page.getByRole('button', { name: 'Hand in…' })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.print-notes')).toBeHidden();

    const handInPath = path.join(workDir, 'sam.marginalia');
    student.dialogs.saveAnswers.push(handInPath);
    expect((await student.handlers.handIn({ documentId })).status).toBe('written');
    expect(student.errors).toEqual([]);
    await page.close();

    // ── The teacher again: the hand-in, the question view and the share dialog ──
    const teacher = await AppSession.start(await page.context().newPage(), dataDir);
    teacher.dialogs.openAnswers.push(handInPath);
    await teacher.menu('open-file');
    await expect(teacher.page.getByRole('status').filter({ hasText: 'Opened Sam’s hand-in' })).toBeVisible();
    const teacherSidebar = teacher.page.getByRole('complementary', { name: /Highlights/ });
    await expect(teacherSidebar.getByRole('checkbox', { name: /Student: Sam/ })).toBeChecked();
    expect(await seriousViolations(teacher.page), 'teacher reader with a hand-in').toEqual([]);

    await teacherSidebar.getByRole('button', { name: 'Questions and answers…' }).click();
    const view = teacher.page.getByRole('dialog', { name: 'Questions and answers' });
    await expect(view.getByRole('list', { name: 'Questions' })).toContainText(ANSWER);
    expect(await seriousViolations(teacher.page), 'question view').toEqual([]);
    // "Show in text" closes the view and outlines the question's passage.
    await view.getByRole('button', { name: /Show in text \(question 2\)/ }).click();
    await expect(view).toBeHidden();
    await expect(teacher.page.locator('mark.hl-active').first()).toContainText('assuring Putin');

    await teacher.menu('share-packet');
    const share = teacher.page.getByRole('dialog', { name: 'Share as packet' });
    await expect(share.getByLabel('Title')).toHaveValue(TITLE);
    expect(await seriousViolations(teacher.page), 'share dialog').toEqual([]);
    await teacher.page.keyboard.press('Escape');
    await expect(share).toBeHidden();
    expect(teacher.errors).toEqual([]);
  } finally {
    await rm(studentDir, { recursive: true, force: true });
  }
});
