/**
 * The printable handout in real Chromium: one self-contained HTML file that runs no script,
 * loads nothing, shows the highlights, notes, questions and replies, and prints to PDF.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServices } from '../../electron/services/createServices';
import { SAMPLES_DIR } from './support/bridge';
import { expect, test } from './support/fixtures';

const TITLE = "Syria's new leader at the Kremlin";

test('a handout with a teacher layer and replies opens offline, runs nothing and prints', async ({ page, dataDir, workDir }) => {
  // A teacher with two questions shares a packet; a student answers one and adds a highlight.
  const teacher = await createServices({ dataDir: path.join(workDir, 'teacher'), samplesDir: SAMPLES_DIR });
  await teacher.setProfileName({ name: 'Ms Rivera' });
  const documentId = (await teacher.listDocuments({})).find((d) => d.title === TITLE)!.id;
  const text = (await teacher.getDocument({ documentId })).text;
  const at = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });
  const q1 = await teacher.createAnnotation({ documentId, ...at('The day was rainy'), color: 'blue', note: 'Why open with the weather?', tags: [], question: true });
  await teacher.createAnnotation({ documentId, ...at('Vladimir Putin'), color: 'pink', note: 'How is Putin shown? <img src=x onerror=alert(1)>', tags: ['portrayal'], question: true });
  const packet = path.join(workDir, 'week3.marginalia');
  await teacher.writePacketFile({ documentId, title: 'Week 3: the Kremlin visit', instructions: 'Read, then answer both questions.', path: packet, overwrite: false });

  const student = await createServices({ dataDir, samplesDir: SAMPLES_DIR });
  await student.setProfileName({ name: 'Sam' });
  await student.importDocumentFile({ path: packet });
  await student.replyToAnnotation({ documentId, annotationId: q1.id, note: 'It sets a gloomy mood.' });
  await student.createAnnotation({ documentId, ...at('gilded halls of the Kremlin'), color: 'green', note: 'a lovely phrase', tags: [] });
  const file = path.join(workDir, 'handout.html');
  expect(await student.writeHandoutFile({ documentId, layers: 'all', notes: 'margin', path: file, overwrite: false })).toEqual({ status: 'written', files: [file] });

  const html = await readFile(file, 'utf8');
  // The hostile note appears only escaped, as text.
  expect(html).not.toMatch(/<script|<img|url\(|@import/i);
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
  expect(requests).toEqual([pathToFileURL(file).href]);
  expect(dialogs).toEqual([]);

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Week 3: the Kremlin visit');
  await expect(page.locator('mark').first()).toBeVisible();
  await expect(page.getByText('It sets a gloomy mood.').first()).toBeVisible();
  await expect(page.getByText('How is Putin shown? <img src=x onerror=alert(1)>').first()).toBeVisible();
  await expect(page.getByText('Ms Rivera').first()).toBeVisible();
  expect(await page.locator('img, script, iframe, object, embed, link, form').count()).toBe(0);
  const risky = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith('on') || a.name === 'src' || (a.name === 'href' && !a.value.startsWith('#'))).map((a) => `${el.tagName}[${a.name}]`),
    ),
  );
  expect(risky).toEqual([]);
  await page.screenshot({ path: 'test-results/handout-screen.png', fullPage: true });

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
  expect(requests).toHaveLength(1);
});
