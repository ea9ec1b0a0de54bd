/**
 * Issue 10's "done when", walked through the UI against the real services: a teacher highlights
 * and asks two questions and shares a packet; two students (each with their own data folder)
 * open it, cannot change the teacher's notes, answer, highlight and hand in; the teacher opens
 * both hand-ins and reads the answers in the question view; revision 2 of the packet (one
 * question removed, one note changed) reaches a student without touching their own work.
 * Checked on screen and in the data folders.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { AppSession } from './support/bridge';
import { annotationsOnDisk, exactOf, layersOnDisk, libraryOnDisk } from './support/disk';
import { expect, test } from './support/fixtures';
import { dragSelect } from './support/selection';

const ARTICLE_TITLE = "Unpacking Sharaa's diplomatic overture to Putin";
const NOTE_PASSAGE = 'Putin, too, was keen to put the past behind them';
const NOTE = 'Notice how warm this sounds after years of war.';
const NOTE_V2 = 'Notice how warm this sounds after a decade of war.';
const Q1_PASSAGE = 'assuring Putin that Damascus would honour all past agreements';
const Q1 = 'Why would Damascus promise to honour the old agreements?';
const Q2_PASSAGE = 'the first face-to-face meeting between the two';
const Q2 = 'When did al-Sharaa take power, and from whom?';
const INSTRUCTIONS = 'Read the article and answer both questions by Friday.';

/** A second app (another person's computer): its own data folder and page. */
async function startPerson(page: Page): Promise<{ session: AppSession; dataDir: string }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'marginalia-person-'));
  return { session: await AppSession.start(await page.context().newPage(), dataDir), dataDir };
}

async function openArticle(page: Page): Promise<void> {
  await page.getByRole('button', { name: new RegExp(ARTICLE_TITLE) }).click();
  await expect(page.getByRole('heading', { level: 1, name: ARTICLE_TITLE })).toBeVisible();
}

function sidebarOf(page: Page) {
  return page.getByRole('complementary', { name: /Highlights/ });
}

/** Highlights `passage` with the mouse and writes `note` on it; optionally asks it as a question. */
async function highlightWithNote(page: Page, passage: string, note: string, question: boolean): Promise<void> {
  await dragSelect(page, passage);
  await page.getByRole('toolbar', { name: 'Highlight selection' }).getByRole('button', { name: /^Highlight blue/ }).click();
  // The new highlight's card, not the one active before it was made.
  const card = sidebarOf(page).locator('.card-active').filter({ hasText: passage.slice(0, 30) });
  await expect(card).toHaveCount(1);
  await card.getByLabel('Note', { exact: true }).fill(note);
  if (question) {
    const ask = card.getByRole('checkbox', { name: 'Ask students this as a question' });
    await ask.click(); // leaving the note field saves it
    await expect(ask).toBeChecked();
  } else {
    await card.getByLabel('Tags', { exact: true }).click(); // leaving the note field saves it
  }
  await expect(card.getByRole('status')).toHaveText('Saved');
}

/** Answers the question whose text is `question` in the student's Questions section. */
async function answer(page: Page, question: string, text: string): Promise<void> {
  const card = page.getByRole('list', { name: 'Questions' }).locator(':scope > li').filter({ hasText: question });
  await card.getByRole('button', { name: 'Answer', exact: true }).click();
  await card.getByLabel('Your answer').fill(text);
  await card.getByRole('button', { name: 'Save answer' }).click();
  await expect(card.getByRole('list', { name: 'Answers' })).toContainText(text);
}

/** File → Open… on a `.marginalia` file; resolves once the app reports it. */
async function openPacket(session: AppSession, file: string, message: RegExp): Promise<void> {
  session.dialogs.openAnswers.push(file);
  await session.menu('open-file');
  await expect(session.page.getByRole('status').filter({ hasText: message })).toBeVisible();
}

/** Hand In…, giving a name first if asked; resolves with what the dialog reports. */
async function handIn(session: AppSession, name: string, file: string): Promise<void> {
  const page = session.page;
  session.dialogs.saveAnswers.push(file);
  await session.menu('hand-in');
  const nameDialog = page.getByRole('dialog', { name: 'Your name' });
  await nameDialog.getByLabel('Your name, as your students or teacher will see it').fill(name);
  await nameDialog.getByRole('button', { name: 'Save name' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hand in' });
  await expect(dialog).toContainText('to Ms Rivera');
  await dialog.screenshot({ path: `test-results/screens/hand-in-${name.toLowerCase()}.png` });
  await dialog.getByRole('button', { name: 'Hand in…' }).click();
  await expect(dialog.getByRole('status')).toContainText(file);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
}

test('a teacher shares a packet, two students answer and hand in, the teacher reads the answers, and revision 2 reaches a student', async ({
  app,
  dataDir,
  workDir,
}) => {
  test.setTimeout(180_000);
  const people: string[] = [];
  try {
    // ── The teacher highlights, notes and asks two questions ─────────────────────────────
    const page = app.page;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openArticle(page);
    const documentId = (await libraryOnDisk(dataDir)).find((d) => d.title === ARTICLE_TITLE)!.id;
    await highlightWithNote(page, NOTE_PASSAGE, NOTE, false);
    await highlightWithNote(page, Q1_PASSAGE, Q1, true);
    await highlightWithNote(page, Q2_PASSAGE, Q2, true);
    await expect
      .poll(async () => (await annotationsOnDisk(dataDir, documentId)).map((a) => [exactOf(a), a.motivation, a.note]))
      .toEqual([
        [NOTE_PASSAGE, 'commenting', NOTE],
        [Q1_PASSAGE, 'questioning', Q1],
        [Q2_PASSAGE, 'questioning', Q2],
      ]);
    const teacherOwn = await annotationsOnDisk(dataDir, documentId);
    const [noteId, q1Id, q2Id] = teacherOwn.map((a) => a.id) as [string, string, string];

    // Share as Packet…: the name is asked first, then the dialog, prefilled with the title.
    const packetV1 = path.join(workDir, 'overture.marginalia');
    app.dialogs.saveAnswers.push(packetV1);
    await app.menu('share-packet');
    const nameDialog = page.getByRole('dialog', { name: 'Your name' });
    await nameDialog.getByLabel('Your name, as your students or teacher will see it').fill('Ms Rivera');
    await nameDialog.screenshot({ path: 'test-results/screens/name-dialog.png' });
    await nameDialog.getByRole('button', { name: 'Save name' }).click();
    const share = page.getByRole('dialog', { name: 'Share as packet' });
    await expect(share.getByLabel('Title')).toHaveValue(ARTICLE_TITLE);
    await share.getByLabel('Instructions for students').fill(INSTRUCTIONS);
    await share.screenshot({ path: 'test-results/screens/share-dialog.png' });
    await share.getByRole('button', { name: 'Share…' }).click();
    await expect(share.getByRole('status')).toContainText('Shared revision 1');
    await expect(share.getByRole('status')).toContainText('3 annotations');
    await expect(share.getByRole('status')).toContainText(packetV1);
    expect(app.dialogs.saveRequests[0]).toMatchObject({ extension: 'marginalia' });
    await share.getByRole('button', { name: 'Done' }).click();
    await page.close();

    // ── Student Sam opens the packet ──────────────────────────────────────────────────────
    const sam = await startPerson(page);
    people.push(sam.dataDir);
    const samPage = sam.session.page;
    await samPage.emulateMedia({ reducedMotion: 'reduce' });
    await openPacket(sam.session, packetV1, /Opened Ms Rivera’s packet/);
    await expect(samPage.getByRole('heading', { level: 1, name: ARTICLE_TITLE })).toBeVisible();
    const samDoc = (await libraryOnDisk(sam.dataDir)).find((d) => d.title === ARTICLE_TITLE)!.id;
    expect(samDoc).toBe(documentId);
    const samSidebar = sidebarOf(samPage);
    await expect(samSidebar.getByRole('checkbox', { name: /Teacher: Ms Rivera/ })).toBeChecked();
    await expect(samSidebar).toContainText(INSTRUCTIONS);
    const questions = samSidebar.getByRole('list', { name: 'Questions' }).locator(':scope > li');
    await expect(questions).toHaveCount(2);
    // In reading order: the meeting (Q2's passage) comes before the promise (Q1's).
    await expect(questions.nth(0)).toContainText(Q2);
    await expect(questions.nth(1)).toContainText(Q1);
    // The teacher's passages are underlined, not filled.
    await expect(samPage.locator(`.document-text mark[data-ids~="${q1Id}"]`).first()).toHaveClass(/layer-other/);

    // The teacher's notes cannot be changed: no editor on screen, and the services refuse.
    const noteCard = samSidebar.locator(`[data-annotation-id="${noteId}"]`);
    await noteCard.locator('.card-summary').click();
    await expect(noteCard).toContainText('Ms Rivera · teacher');
    await expect(noteCard.getByRole('textbox')).toHaveCount(0);
    await expect(noteCard.getByRole('button', { name: /Delete/ })).toHaveCount(0);
    await expect(noteCard.getByRole('group', { name: 'Colour' })).toHaveCount(0);
    await expect(noteCard.getByRole('button', { name: 'Reply' })).toBeVisible();
    await expect(noteCard.getByRole('button', { name: 'Copy to my notes' })).toBeVisible();
    const refused = { code: expect.stringMatching(/^(READ_ONLY_LAYER|NOT_FOUND)$/) };
    await expect(sam.session.handlers.updateAnnotation({ documentId, annotationId: q1Id, changes: { note: 'changed by a student' } })).rejects.toMatchObject(refused);
    await expect(sam.session.handlers.deleteAnnotation({ documentId, annotationId: q1Id })).rejects.toMatchObject(refused);
    // The Delete key on the teacher's passage explains instead of deleting.
    await samPage.locator(`.document-text mark[data-focus-id="${noteId}"]`).focus();
    await samPage.keyboard.press('Delete');
    await expect(samPage.getByRole('status').filter({ hasText: 'This is Ms Rivera’s highlight' })).toBeVisible();
    expect((await layersOnDisk(sam.dataDir, documentId))[0]!.annotations.map((a) => a.note).sort()).toEqual([NOTE, Q1, Q2].sort());

    // Sam answers both questions, highlights a passage of their own and copies the teacher's note.
    await answer(samPage, Q1, 'To keep Russia from blocking the new government.');
    await answer(samPage, Q2, 'In December 2024, from Assad.');
    await dragSelect(samPage, 'a former foe');
    await samPage.getByRole('toolbar', { name: 'Highlight selection' }).getByRole('button', { name: /^Highlight pink/ }).click();
    await expect(samPage.locator('.document-text mark.hl-pink')).toHaveText('a former foe');
    await noteCard.getByRole('button', { name: 'Copy to my notes' }).click();
    await expect(samPage.getByRole('status').filter({ hasText: 'Copied to your notes' })).toBeVisible();
    await expect(samSidebar.getByRole('checkbox', { name: /Your notes/ })).toBeChecked();
    await expect(samSidebar.getByRole('checkbox', { name: /Your notes/ })).toHaveAccessibleName(/4 annotations/);
    const samOwn = await annotationsOnDisk(sam.dataDir, documentId);
    expect(samOwn.map((a) => [a.motivation, a.replyTo ?? null, a.note])).toEqual([
      ['replying', q1Id, 'To keep Russia from blocking the new government.'],
      ['replying', q2Id, 'In December 2024, from Assad.'],
      ['highlighting', null, ''],
      ['commenting', null, NOTE],
    ]);
    expect((await layersOnDisk(sam.dataDir, documentId))[0]!.annotations.map((a) => a.note).sort()).toEqual([NOTE, Q1, Q2].sort());

    // Hiding the teacher's layer hides its cards and passages, not Sam's answers' place.
    const teacherToggle = samSidebar.getByRole('checkbox', { name: /Teacher: Ms Rivera/ });
    await teacherToggle.press('Space');
    await expect(teacherToggle).not.toBeChecked();
    await expect(samSidebar.getByRole('list', { name: 'Questions' })).toHaveCount(0);
    await expect(samPage.locator('.document-text mark.layer-other')).toHaveCount(0);
    await teacherToggle.press('Space');
    await expect(samSidebar.getByRole('list', { name: 'Questions' }).locator(':scope > li')).toHaveCount(2);
    await samSidebar.evaluate((el) => (el.scrollTop = 0));
    await samPage.screenshot({ path: 'test-results/screens/student-layers.png' });

    await handIn(sam.session, 'Sam', path.join(workDir, 'sam.marginalia'));
    expect(sam.session.errors).toEqual([]);
    await samPage.close();

    // ── Student Alex answers one question ─────────────────────────────────────────────────
    const alex = await startPerson(page);
    people.push(alex.dataDir);
    await openPacket(alex.session, packetV1, /Opened Ms Rivera’s packet/);
    await answer(alex.session.page, Q1, 'Because Russia still has bases in Syria.');
    await dragSelect(alex.session.page, 'praising Syria');
    await alex.session.page.getByRole('toolbar', { name: 'Highlight selection' }).getByRole('button', { name: /^Highlight green/ }).click();
    await expect(alex.session.page.locator('.document-text mark.hl-green')).toHaveText('praising Syria');
    await handIn(alex.session, 'Alex', path.join(workDir, 'alex.marginalia'));
    expect(alex.session.errors).toEqual([]);
    await alex.session.page.close();

    // ── The teacher opens both hand-ins ───────────────────────────────────────────────────
    const teacher = await AppSession.start(await page.context().newPage(), dataDir);
    const tPage = teacher.page;
    await tPage.emulateMedia({ reducedMotion: 'reduce' });
    await openPacket(teacher, path.join(workDir, 'sam.marginalia'), /Opened Sam’s hand-in/);
    await openPacket(teacher, path.join(workDir, 'alex.marginalia'), /Opened Alex’s hand-in/);
    const tSidebar = sidebarOf(tPage);
    await expect(tSidebar.getByRole('checkbox', { name: /Student: Sam/ })).toBeChecked();
    await expect(tSidebar.getByRole('checkbox', { name: /Student: Alex/ })).toBeChecked();
    const stored = await layersOnDisk(dataDir, documentId);
    expect(stored.map((l) => [l.role, l.creator.name, l.source.kind]).sort()).toEqual([
      ['student', 'Alex', 'hand-in'],
      ['student', 'Sam', 'hand-in'],
    ]);
    expect(await annotationsOnDisk(dataDir, documentId)).toEqual(teacherOwn);
    // Each student's answer is listed under the teacher's own question card.
    const q1Card = tSidebar.locator(`[data-annotation-id="${q1Id}"]`);
    await expect(q1Card.getByRole('list', { name: 'Answers' })).toContainText('Sam · student');
    await expect(q1Card.getByRole('list', { name: 'Answers' })).toContainText('Because Russia still has bases in Syria.');
    // Students' own highlights are cards labelled with their author.
    await expect(tSidebar.locator('.card-other').filter({ hasText: 'a former foe' })).toContainText('Sam · student');
    await q1Card.scrollIntoViewIfNeeded();
    await tPage.screenshot({ path: 'test-results/screens/teacher-layers.png' });

    await tSidebar.getByRole('button', { name: 'Questions and answers…' }).click();
    const view = tPage.getByRole('dialog', { name: 'Questions and answers' });
    const rows = view.getByRole('list', { name: 'Questions' }).locator(':scope > li');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText(Q2);
    await expect(rows.nth(0)).toContainText('In December 2024, from Assad.');
    await expect(rows.nth(0).locator('.question-view-answer').filter({ hasText: 'Alex' })).toContainText('No answer');
    await expect(rows.nth(1)).toContainText('To keep Russia from blocking the new government.');
    await expect(rows.nth(1)).toContainText('Because Russia still has bases in Syria.');
    const tally = view.getByRole('table', { name: 'What each student handed in' });
    await expect(tally.getByRole('row', { name: /Sam/ })).toContainText(/2\s*1\s*2 of 2/);
    await expect(tally.getByRole('row', { name: /Alex/ })).toContainText(/1\s*0\s*1 of 2/);
    await view.screenshot({ path: 'test-results/screens/question-view.png' });
    await view.getByRole('button', { name: 'Done' }).click();

    // ── Revision 2: one question removed, one note changed ────────────────────────────────
    const q2Card = tSidebar.locator(`[data-annotation-id="${q2Id}"]`);
    await q2Card.locator('.card-summary').click();
    await q2Card.getByRole('button', { name: 'Delete highlight' }).click();
    const tNoteCard = tSidebar.locator(`[data-annotation-id="${noteId}"]`);
    await tNoteCard.locator('.card-summary').click();
    await tNoteCard.getByLabel('Note', { exact: true }).fill(NOTE_V2);
    await tNoteCard.getByLabel('Tags', { exact: true }).click();
    await expect(tNoteCard.getByRole('status')).toHaveText('Saved');
    const packetV2 = path.join(workDir, 'overture-2.marginalia');
    teacher.dialogs.saveAnswers.push(packetV2);
    await teacher.menu('share-packet');
    const share2 = tPage.getByRole('dialog', { name: 'Share as packet' });
    await share2.getByRole('button', { name: 'Share…' }).click();
    await expect(share2.getByRole('status')).toContainText('Shared revision 2');
    await expect(share2.getByRole('status')).toContainText('2 annotations');
    await share2.getByRole('button', { name: 'Done' }).click();
    expect(teacher.errors).toEqual([]);
    await tPage.close();

    // ── Sam opens revision 2: the update is reported, Sam's own work is untouched ─────────
    const samOwnBefore = await annotationsOnDisk(sam.dataDir, documentId);
    const sam2 = await AppSession.start(await page.context().newPage(), sam.dataDir);
    await openPacket(sam2, packetV2, /Updated Ms Rivera’s packet .* to revision 2: 1 changed, 1 removed\. Your own highlights and answers are unchanged\./);
    expect(await annotationsOnDisk(sam.dataDir, documentId)).toEqual(samOwnBefore);
    const teacherLayer = (await layersOnDisk(sam.dataDir, documentId))[0]!;
    expect(teacherLayer.source.revision).toBe(2);
    expect(teacherLayer.annotations.map((a) => a.note).sort()).toEqual([NOTE_V2, Q1].sort());
    const sam2Sidebar = sidebarOf(sam2.page);
    await expect(sam2Sidebar.getByRole('list', { name: 'Questions' }).locator(':scope > li')).toHaveCount(1);
    // Sam's answer to the removed question is kept, shown as detached.
    const detached = sam2Sidebar.locator(`[data-annotation-id="${samOwnBefore[1]!.id}"]`);
    await expect(detached).toContainText('Detached reply');
    await expect(detached).toContainText('In December 2024, from Assad.');
    await expect(sam2Sidebar.locator(`[data-annotation-id="${noteId}"]`)).toContainText(NOTE_V2);
    await detached.scrollIntoViewIfNeeded();
    await sam2.page.screenshot({ path: 'test-results/screens/student-revision-2.png' });
    expect(sam2.errors).toEqual([]);
  } finally {
    for (const dir of people) await rm(dir, { recursive: true, force: true });
  }
});
