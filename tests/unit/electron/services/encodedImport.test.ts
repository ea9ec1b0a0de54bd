/**
 * Opening files in every encoding people's files come in, end to end through the service
 * (read, decode, parse in the worker, store): the text in the library is exactly the text the
 * file holds, or the file is refused with a sentence and nothing is stored.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../electron/services/createServices';
import { randomBytes, utf16WithBom, windows1252 } from '../../../support/encodedBytes';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();
const SAMPLES_DIR = path.resolve(__dirname, '../../../../assets/samples');
const STORY = 'A note on prices\n\nShe said “it’s fine” — and paid €5 for the café’s croissant… Then she left.';

async function openFile(name: string, bytes: Buffer) {
  const folder = await tempDir();
  const file = path.join(folder, name);
  await writeFile(file, bytes);
  const services = await createServices({ dataDir: await tempDir(), samplesDir: SAMPLES_DIR });
  const before = (await services.listDocuments({})).length;
  const outcome = services.importDocumentFile({ path: file }).then(async (opened) => (await services.getDocument({ documentId: opened.document.id })).text);
  return { outcome, count: async () => (await services.listDocuments({})).length - before };
}

describe('importDocumentFile in any encoding', () => {
  it.each([
    ['UTF-16 LE with a BOM', 'story-le.txt', utf16WithBom(STORY, 'le')],
    ['UTF-16 BE with a BOM', 'story-be.txt', utf16WithBom(STORY, 'be')],
    ['UTF-8 with a BOM', 'story-bom.txt', Buffer.from(`\uFEFF${STORY}`)],
    ['Windows-1252 with curly quotes and €', 'story-1252.txt', windows1252(STORY)],
  ])('opens %s with the right characters', async (_, name, bytes) => {
    const { outcome } = await openFile(name, bytes);
    expect(await outcome).toBe('A note on prices\n\nShe said “it’s fine” — and paid €5 for the café’s croissant… Then she left.');
  });

  it('opens a Latin-1 web page that declares <meta charset="iso-8859-1">, reading 0x80–0x9F as Windows-1252', async () => {
    const page = Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-1"><title>Prix</title></head><body><p>'), windows1252('“Très cher” — 5 €, déjà payé.'), Buffer.from('</p></body></html>')]);
    const { outcome } = await openFile('prix.html', page);
    expect(await outcome).toBe('“Très cher” — 5 €, déjà payé.');
  });

  it.each([
    ['random bytes', 'noise.txt', randomBytes(8192), /binary data/],
    ['UTF-32', 'wide.txt', Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), /UTF-32/],
    ['text too short to tell its encoding', 'short.txt', Buffer.from([0x93, 0x68, 0x69, 0x94]), /could not be recognised/],
  ])('refuses %s with a sentence and stores nothing', async (_, name, bytes, message) => {
    const { outcome, count } = await openFile(name, bytes);
    await expect(outcome).rejects.toThrow(message);
    expect(await count()).toBe(0);
  });
});
