/**
 * Importing other tools' annotations with a preview, dropping files on the window, and files
 * opened from outside (a double-clicked packet), against the real services: the preview is
 * checked on screen before anything is written, then the screen and the data folder after.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createServices } from '../../electron/services/createServices';
import { SAMPLES_DIR } from './support/bridge';
import { annotationsOnDisk, exactOf, layersOnDisk, libraryOnDisk } from './support/disk';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const KREMLIN = "Syria's new leader at the Kremlin";
const OVERTURE = "Unpacking Sharaa's diplomatic overture to Putin";
const KREMLIN_URI = 'https://example.org/2025/syria-new-leader-kremlin';
const RAINY = 'The day was rainy and overcast.';
const GILDED = 'the gilded halls of the Kremlin';
const CUT = 'a sentence the editor later cut from the article';
const PAST = 'Putin, too, was keen to put the past behind them';

async function documentIdOf(dataDir: string, title: string): Promise<string> {
  return (await libraryOnDisk(dataDir)).find((d) => d.title === title)!.id;
}

/** One row of a Hypothesis export (our own invented content on the sample article). */
function hypothesisRow(id: string, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    id,
    created: '2025-01-02T03:04:05.000000+00:00',
    updated: '2025-01-02T03:04:05.000000+00:00',
    uri: KREMLIN_URI,
    document: { title: [KREMLIN] },
    tags: [],
    ...fields,
  };
}

const quoteTarget = (exact: string) => [{ source: KREMLIN_URI, selector: [{ type: 'TextQuoteSelector', exact }] }];

/** The client's export: two rows of the user's own (no account), one of alice's, and a reply to hers. */
const HYPOTHESIS_EXPORT = {
  export_date: '2025-01-03T09:00:00.000Z',
  client_version: '1.1500.0',
  annotations: [
    hypothesisRow('mine-rainy', { text: 'Setting the mood.', tags: ['opening'], target: quoteTarget(RAINY) }),
    hypothesisRow('alice-gilded', { user: 'acct:alice@hypothes.is', user_info: { display_name: 'alice' }, text: 'What a phrase.', target: quoteTarget(GILDED) }),
    hypothesisRow('mine-reply', { text: 'Agreed, it sets the scene.', references: ['alice-gilded'], target: [{ source: KREMLIN_URI }] }),
    hypothesisRow('mine-cut', { text: 'Where did this go?', target: quoteTarget(CUT) }),
  ],
};

/** One clipping as Kindle writes it (CRLF, separator line). */
const clipping = (title: string, meta: string, body: string) => `${title}\r\n${meta}\r\n\r\n${body}\r\n==========\r\n`;

const CLIPPINGS =
  '\uFEFF' +
  clipping(`${KREMLIN} (Anna Borshchevskaya)`, '- Your Highlight on page 1 | Location 10-12 | Added on Monday, 3 March 2025 10:00:00', RAINY) +
  clipping(`${OVERTURE} (The New Arab)`, '- Your Highlight on Location 40-41 | Added on Monday, 3 March 2025 10:02:00', PAST) +
  clipping('Dune (Frank Herbert)', '- Your Highlight on Location 5-6 | Added on Monday, 3 March 2025 10:05:00', 'Fear is the mind-killer.');

test('a Hypothesis export is previewed from the menu, then lands in your notes and alice’s layer', async ({ app, dataDir, workDir }) => {
  const page = app.page;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const documentId = await documentIdOf(dataDir, KREMLIN);
  await page.getByRole('button', { name: new RegExp(KREMLIN) }).click();
  await expect(page.getByRole('heading', { level: 1, name: KREMLIN })).toBeVisible();

  const file = path.join(workDir, 'hypothesis-export.json');
  await writeFile(file, JSON.stringify(HYPOTHESIS_EXPORT, null, 2));
  app.dialogs.openAnswers.push(file);
  await app.menu('import-annotations');
  const dialog = page.getByRole('dialog', { name: 'Import annotations' });
  // Where the annotations go is chosen before the file; routing across the library is the default.
  const routed = dialog.getByRole('radio', { name: 'Wherever each belongs' });
  await expect(routed).toBeChecked();
  await expect(routed).toBeFocused();
  await expect(dialog.getByRole('radio', { name: /Onto this document/ })).not.toBeChecked();
  expect(await seriousViolations(page, 'dialog[open]'), 'import dialog, choosing').toEqual([]);
  await dialog.screenshot({ path: 'test-results/screens/import-choose.png' });
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await dialog.getByRole('button', { name: 'Choose file…' }).press('Enter');

  // The preview: nothing is written yet.
  const preview = dialog.getByRole('region', { name: `“${KREMLIN}”` });
  // The reply carries no passage of its own: it is found with the passage it answers.
  await expect(preview).toContainText('3 found exactly');
  await expect(preview).toContainText('1 kept as orphan');
  await expect(preview).toContainText('Your notes: 3');
  await expect(preview).toContainText('alice (read-only layer): 1');
  await expect(dialog).toContainText('hypothesis-export.json');
  await expect(dialog).toContainText('Hypothesis');
  const orphans = preview.getByRole('group').filter({ hasText: 'Passages not found' });
  await expect(orphans.getByText(CUT)).toBeHidden();
  await orphans.getByText(/Passages not found/).click();
  await expect(orphans.getByRole('listitem').filter({ hasText: CUT })).toContainText('its passage is not in this document’s text');
  await dialog.screenshot({ path: 'test-results/screens/import-preview.png' });
  expect(await seriousViolations(page, 'dialog[open]'), 'import dialog, preview').toEqual([]);
  expect(await annotationsOnDisk(dataDir, documentId)).toEqual([]);
  expect(await layersOnDisk(dataDir, documentId)).toEqual([]);

  await dialog.getByRole('button', { name: 'Import 4 annotations' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 4 annotations' })).toContainText('hypothesis-export.json');

  // On screen: the open document reloaded its highlights and layers.
  await expect(page.locator('.document-text mark', { hasText: RAINY })).toHaveClass(/hl-yellow/);
  await expect(page.locator('.document-text mark.layer-other', { hasText: GILDED })).toBeVisible();
  const sidebar = page.getByRole('complementary', { name: /Highlights/ });
  await expect(sidebar.getByRole('checkbox', { name: /Reader: alice/ })).toBeChecked();
  await expect(sidebar.getByRole('checkbox', { name: /Your notes/ })).toHaveAccessibleName(/3 annotations/);

  // On disk: the user's three in annotations/<id>.json (the reply answers alice), hers in layers/.
  const own = await annotationsOnDisk(dataDir, documentId);
  const layers = await layersOnDisk(dataDir, documentId);
  expect(layers.map((l) => [l.creator.name, l.annotations.map((a) => [exactOf(a), a.note])])).toEqual([['alice', [[GILDED, 'What a phrase.']]]]);
  const aliceId = layers[0]!.annotations[0]!.id;
  expect(own.map((a) => [a.note, a.tags, a.replyTo ?? null])).toEqual([
    ['Setting the mood.', ['opening'], null],
    ['Agreed, it sets the scene.', [], aliceId],
    ['Where did this go?', [], null],
  ]);
  expect(exactOf(own[0]!)).toBe(RAINY);
});

test('Kindle clippings of two articles are routed to each, the unknown book is listed, and a second import adds nothing', async ({
  app,
  dataDir,
  workDir,
}) => {
  const page = app.page;
  const kremlin = await documentIdOf(dataDir, KREMLIN);
  const overture = await documentIdOf(dataDir, OVERTURE);
  const file = path.join(workDir, 'My Clippings.txt');
  await writeFile(file, CLIPPINGS);
  const dialog = page.getByRole('dialog', { name: 'Import annotations' });

  // From the library there is no open document: each clipping goes where it belongs.
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.keyboard.press('Control+Shift+U');
  await expect(dialog.getByRole('radio')).toHaveCount(0);
  await expect(dialog).toContainText('Each annotation goes to the document it belongs to');
  await expect(dialog.getByRole('button', { name: 'Choose file…' })).toBeFocused();
  // Escape before choosing a file closes the dialog and asks for nothing.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // A dialog the browser closed itself (as Escape does without a user gesture) must not swallow the next Import command.
  await app.menu('import-annotations');
  await expect(dialog.getByRole('button', { name: 'Choose file…' })).toBeVisible();
  await page.evaluate(() => {
    document.querySelector<HTMLDialogElement>('dialog[open]')!.close();
    (window as unknown as { __marginaliaEmitMenuCommand: (c: string) => void }).__marginaliaEmitMenuCommand('import-annotations');
  });
  await expect(dialog.getByRole('button', { name: 'Choose file…' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // Escape on the preview cancels: nothing is written.
  app.dialogs.openAnswers.push(file);
  await app.menu('import-annotations');
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  await expect(dialog.getByRole('button', { name: 'Import 2 annotations' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await annotationsOnDisk(dataDir, kremlin)).toEqual([]);
  expect(await annotationsOnDisk(dataDir, overture)).toEqual([]);

  app.dialogs.openAnswers.push(file);
  await app.menu('import-annotations');
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  await expect(dialog.getByRole('region', { name: `“${KREMLIN}”` })).toContainText('1 found exactly');
  await expect(dialog.getByRole('region', { name: `“${OVERTURE}”` })).toContainText('1 found exactly');
  const unmatched = dialog.getByRole('region', { name: /Matched no document/ });
  await expect(unmatched).toContainText('Dune');
  await expect(unmatched).toContainText('no document in your library has the title, source or passages of “Dune”');
  await expect(dialog).toContainText('Kindle');
  await dialog.screenshot({ path: 'test-results/screens/import-preview-kindle.png' });
  await dialog.getByRole('button', { name: 'Import 2 annotations' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 annotations' })).toContainText('1 matched no document');
  expect((await annotationsOnDisk(dataDir, kremlin)).map(exactOf)).toEqual([RAINY]);
  expect((await annotationsOnDisk(dataDir, overture)).map(exactOf)).toEqual([PAST]);
  // The library shows the new counts.
  await expect(page.getByRole('button', { name: new RegExp(`${OVERTURE}.*1 highlight`) })).toBeVisible();

  // The same file again: everything is already there, so there is nothing to confirm.
  app.dialogs.openAnswers.push(file);
  await app.menu('import-annotations');
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  await expect(dialog.getByRole('region', { name: `“${KREMLIN}”` })).toContainText('1 already here, skipped');
  await expect(dialog.getByRole('region', { name: `“${OVERTURE}”` })).toContainText('1 already here, skipped');
  await expect(dialog).toContainText('Nothing would be imported');
  await expect(dialog.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  await dialog.screenshot({ path: 'test-results/screens/import-preview-nothing.png' });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  // Confirming that preview through the same API would add nothing either.
  app.dialogs.openAnswers.push(file);
  const again = await app.handlers.previewImport({});
  if (again.status !== 'preview') throw new Error('expected a preview');
  await app.handlers.confirmImport({ token: again.token });
  expect((await annotationsOnDisk(dataDir, kremlin)).map(exactOf)).toEqual([RAINY]);
  expect((await annotationsOnDisk(dataDir, overture)).map(exactOf)).toEqual([PAST]);
});

test('dropping files opens the document, previews the annotations and reports each file', async ({ app, dataDir, workDir }) => {
  const page = app.page;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const notes = path.join(workDir, 'field-notes.txt');
  await writeFile(notes, 'Field notes\n\nThe tide came in twice that day, and the gulls followed it.\n\nWe walked home along the dunes.\n');
  const w3c = path.join(workDir, 'field-notes-annotations.json');
  await writeFile(
    w3c,
    JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'urn:uuid:6a1c2f5e-8d4b-4c2a-9f1e-3b5d7c9a1e20',
      body: { type: 'TextualBody', value: 'Twice? Check the tide table.', purpose: 'commenting' },
      target: { source: 'field-notes.txt', selector: { type: 'TextQuoteSelector', exact: 'The tide came in twice that day' } },
    }),
  );
  const empty = path.join(workDir, 'empty.md');
  await writeFile(empty, '');
  app.droppable.set('field-notes.txt', notes);
  app.droppable.set('field-notes-annotations.json', w3c);
  app.droppable.set('empty.md', empty);
  const clippings = path.join(workDir, 'My Clippings.txt');
  await writeFile(clippings, CLIPPINGS);
  app.droppable.set('My Clippings.txt', clippings);
  const names = ['field-notes.txt', 'field-notes-annotations.json', 'empty.md', 'My Clippings.txt'];

  // Dragging text (no files) over the window shows nothing.
  const text = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'just some words');
    return data;
  });
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: text });
  await expect(page.getByText('Drop to open or import')).toHaveCount(0);
  await page.dispatchEvent('main', 'drop', { dataTransfer: text });

  const files = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const name of list) data.items.add(new File(['stand-in'], name, { type: name.endsWith('.json') ? 'application/json' : 'text/plain' }));
    return data;
  }, names);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: files });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: files });
  await expect(page.getByText('Drop to open or import')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/drop-overlay.png' });
  await page.dispatchEvent('main', 'drop', { dataTransfer: files });
  await expect(page.getByText('Drop to open or import')).toHaveCount(0);

  // The document opens as File → Open… would; the annotation file waits in its preview.
  await expect(page.getByRole('heading', { level: 1, name: 'Field notes' })).toBeVisible();
  const dialog = page.getByRole('dialog', { name: 'Import annotations' });
  await expect(dialog.getByRole('region', { name: '“Field notes”' })).toContainText('1 found exactly');
  await expect(dialog).toContainText('field-notes-annotations.json');
  const notice = page.locator('.notice-region');
  await expect(notice).toContainText('Opened “field-notes.txt”');
  await expect(notice).toContainText('“field-notes-annotations.json” holds annotations');
  await expect(notice).toContainText('“empty.md” was refused: “empty.md” is empty');
  await expect(notice).toContainText('“My Clippings.txt” holds annotations');
  await page.screenshot({ path: 'test-results/screens/drop-preview.png' });
  await dialog.getByRole('button', { name: 'Import 1 annotation' }).click();
  // The previews come one at a time: the clippings' preview follows; it is cancelled.
  await expect(dialog).toContainText('My Clippings.txt');
  await expect(dialog.getByRole('button', { name: 'Import 2 annotations' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(notice).toContainText('Opened “field-notes.txt”');
  await expect(notice).toContainText('Imported 1 annotation from “field-notes-annotations.json”');
  await expect(notice).toContainText('“empty.md” was refused');
  await expect(notice).toContainText('Nothing was imported from “My Clippings.txt”.');
  await expect(page.getByRole('alert')).toContainText('Imported 1 annotation');
  await expect(page.locator('.document-text mark')).toHaveText('The tide came in twice that day');
  await page.screenshot({ path: 'test-results/screens/drop-done.png' });

  const documentId = await documentIdOf(dataDir, 'Field notes');
  expect((await annotationsOnDisk(dataDir, documentId)).map((a) => [exactOf(a), a.note])).toEqual([['The tide came in twice that day', 'Twice? Check the tide table.']]);
  // The refused file and the cancelled clippings wrote nothing; the clippings were not opened as a document.
  expect((await libraryOnDisk(dataDir)).map((d) => d.source.name).filter((name) => /empty|clippings/i.test(name))).toEqual([]);
  expect(await annotationsOnDisk(dataDir, await documentIdOf(dataDir, KREMLIN))).toEqual([]);
});

test('a packet double-clicked in the file manager opens as File → Open… would', async ({ app, dataDir, workDir }) => {
  const teacher = await createServices({ dataDir: path.join(workDir, 'teacher'), samplesDir: SAMPLES_DIR });
  await teacher.setProfileName({ name: 'Ms Rivera' });
  const documentId = (await teacher.listDocuments({})).find((d) => d.title === KREMLIN)!.id;
  const text = (await teacher.getDocument({ documentId })).text;
  const start = text.indexOf(GILDED);
  await teacher.createAnnotation({ documentId, start, end: start + GILDED.length, color: 'blue', note: 'Why gilded?', tags: [], question: true });
  const packet = path.join(workDir, 'kremlin.marginalia');
  await teacher.writePacketFile({ documentId, title: 'Week 4: the Kremlin', instructions: 'Answer the question.', path: packet, overwrite: false });

  const page = app.page;
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await app.openFromOutside([packet]);
  await expect(page.getByRole('heading', { level: 1, name: KREMLIN })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Opened Ms Rivera’s packet/ })).toContainText(KREMLIN);
  await expect(page.getByRole('complementary', { name: /Highlights/ }).getByRole('checkbox', { name: /Teacher: Ms Rivera/ })).toBeChecked();
  await expect(page.locator(`.document-text mark.layer-other`, { hasText: GILDED })).toBeVisible();
  expect((await layersOnDisk(dataDir, documentId)).map((l) => l.annotations.map((a) => a.note))).toEqual([['Why gilded?']]);

  // A file that cannot be opened is reported, and nothing else changes.
  const bad = path.join(workDir, 'broken.marginalia');
  await writeFile(bad, '{ "not": "a packet" }');
  await app.openFromOutside([bad]);
  await expect(page.getByRole('alert')).toContainText('“broken.marginalia” was refused');
  await expect(page.getByRole('heading', { level: 1, name: KREMLIN })).toBeVisible();
});
