/**
 * File → Open… with good and bad files. Bad input gets a clear message and changes nothing
 * on disk; a document is untrusted text and never runs as markup.
 */
import { readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { libraryOnDisk } from './support/disk';
import { expect, test } from './support/fixtures';

const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

const badFiles: { name: string; write: (file: string) => Promise<void>; message: RegExp }[] = [
  { name: 'empty.txt', write: (f) => writeFile(f, ''), message: /“empty\.txt” is empty/ },
  { name: 'blank.txt', write: (f) => writeFile(f, '\uFEFF  \r\n\t\n'), message: /“blank\.txt” is empty/ },
  { name: 'photo.txt', write: (f) => writeFile(f, Buffer.concat([PNG_HEADER, Buffer.alloc(64, 7)])), message: /doesn't look like a text file/ },
  { name: 'latin1.txt', write: (f) => writeFile(f, Buffer.from('caf\xe9 cr\xe8me', 'latin1')), message: /“latin1\.txt” isn't UTF-8 and its character encoding could not be recognised.*Save it as UTF-8/ },
  {
    name: 'huge.txt',
    write: async (f) => {
      await writeFile(f, 'a');
      await truncate(f, 21 * 1024 * 1024);
    },
    message: /“huge\.txt” is 21\.0 MB; Marginalia can open text files up to 20\.0 MB/,
  },
  { name: 'report.docx', write: (f) => writeFile(f, 'PK'), message: /“report\.docx” is not a file Marginalia can open\. It opens text \(\.txt\), Markdown \(\.md\), HTML \(\.html\), EPUB \(\.epub\) and PDF \(\.pdf\) files\./ },
  { name: 'report.pdf', write: (f) => writeFile(f, '%PDF-1.7'), message: /“report\.pdf” is not a readable PDF \(it is damaged or not a PDF at all\), so nothing was imported\./ },
];

for (const bad of badFiles) {
  test(`refuses ${bad.name} with a clear message and changes nothing`, async ({ app, page, dataDir, workDir }) => {
    const file = path.join(workDir, bad.name);
    await bad.write(file);
    await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(3);
    const before = await readFile(path.join(dataDir, 'library.json'), 'utf8');

    app.dialogs.openAnswers.push(file);
    await page.getByRole('button', { name: /Open file/ }).click();

    await expect(page.getByRole('alert')).toHaveText(bad.message);
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(3);
    expect(await readFile(path.join(dataDir, 'library.json'), 'utf8')).toBe(before);
    if (bad.name === 'photo.txt') await page.screenshot({ path: 'test-results/screens/open-error.png' });
  });
}

test('cancelling the dialog does nothing', async ({ app, page, dataDir }) => {
  const before = await readFile(path.join(dataDir, 'library.json'), 'utf8');
  app.dialogs.openAnswers.push(null);
  await page.keyboard.press('Control+O');
  await expect.poll(() => app.dialogs.openAnswers.length).toBe(0);
  await expect(page.getByRole('alert')).toBeEmpty();
  expect(await readFile(path.join(dataDir, 'library.json'), 'utf8')).toBe(before);
});

test('opens a UTF-8 file with BOM and CRLF, shows markup as text, and recognises it when opened again', async ({
  app,
  page,
  dataDir,
  workDir,
}) => {
  const file = path.join(workDir, 'field-notes.txt');
  const hostile = [
    'Field notes on <b>markup</b>',
    '',
    'First paragraph with <script>window.__pwned = 1</script> inside.',
    '',
    'Second <img src="x" onerror="window.__pwned = 2"> paragraph & more.',
  ].join('\r\n');
  await writeFile(file, `\uFEFF${hostile}\r\n`);

  app.dialogs.openAnswers.push(file);
  await page.getByRole('button', { name: /Open file/ }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Field notes on <b>markup</b>' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('It is now in your library');
  const article = page.getByRole('article', { name: 'Document text' });
  await expect(article).toContainText('First paragraph with <script>window.__pwned = 1</script> inside.');
  await expect(article).toContainText('Second <img src="x" onerror="window.__pwned = 2"> paragraph & more.');
  await expect(article.locator('script, img, b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  const library = await libraryOnDisk(dataDir);
  expect(library.map((d) => d.title)).toContain('Field notes on <b>markup</b>');
  expect(library.find((d) => d.source.name === 'field-notes.txt')?.source.kind).toBe('file');

  // The same file again: no duplicate, the existing document opens.
  await page.getByRole('button', { name: '← Library' }).click();
  app.dialogs.openAnswers.push(file);
  await page.getByRole('button', { name: /Open file/ }).click();
  await expect(page.getByRole('status')).toContainText('is already in your library');
  expect(await libraryOnDisk(dataDir)).toHaveLength(4);
});
