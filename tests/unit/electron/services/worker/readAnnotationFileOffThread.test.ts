import { truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ANNOTATION_FILE_BYTES, readAnnotationFileOffThread } from '../../../../../electron/services/annotationFile';
import { readW3CAnnotations } from '../../../../../electron/services/worker/readW3CAnnotations';
import { runningWorkers } from '../../../../../electron/services/worker/runInWorker';
import { useTempDirs } from '../../../../support/tempDir';

const tempDir = useTempDirs();

async function fileWith(name: string, content: string): Promise<string> {
  const file = path.join(await tempDir(), name);
  await writeFile(file, content);
  return file;
}

const item = (exact: string, extra: Record<string, unknown> = {}) => ({ type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact } }, ...extra });

describe('readAnnotationFileOffThread', () => {
  it('reads every good item of a real file in a worker and lists the bad ones', async () => {
    const json = JSON.stringify([
      item('good'),
      item('bracket body', { body: 'marker' }),
      item('bad id', { id: 'urn:marginalia:annotation:%E0%A4%A' }),
      item('bad date', { created: '2026-13-45T99:00:00Z' }),
    ]).replace('"marker"', `${'['.repeat(6000)}${']'.repeat(6000)}`);
    const file = await fileWith('mixed.json', `[${json.slice(1, -1)}, ${'['.repeat(6000)}${']'.repeat(6000)}]`);
    const read = await readAnnotationFileOffThread(file);
    expect(read.annotations.map((a) => (a.selectors[0] as { exact: string }).exact)).toEqual(['good', 'bad id', 'bad date']);
    expect(read.problems).toHaveLength(4);
    expect(read.problems.join('\n')).toMatch(/item 2: nested .*\nitem 3: its id .* malformed.*\nitem 4: created date .* import time was used\nitem 5: nested/);
    expect(runningWorkers()).toBe(0);
  });

  it('says the file is not JSON, or holds nothing to place, naming it', async () => {
    await expect(readAnnotationFileOffThread(await fileWith('broken.json', '[{'))).rejects.toMatchObject({
      code: 'UNSUPPORTED_FILE',
      message: '“broken.json” is not valid JSON, so no annotations were imported.',
    });
    await expect(readAnnotationFileOffThread(await fileWith('empty.json', '[null]'))).rejects.toMatchObject({
      code: 'UNSUPPORTED_FILE',
      message: expect.stringMatching(/^“empty\.json” holds no W3C Web Annotations that Marginalia can place \(item 1: /),
    });
  });

  it('checks size and existence before starting a worker', async () => {
    const big = await fileWith('big.json', '[]');
    await truncate(big, MAX_ANNOTATION_FILE_BYTES + 1);
    await expect(readAnnotationFileOffThread(big)).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
    await expect(readAnnotationFileOffThread(path.join(await tempDir(), 'missing.json'))).rejects.toMatchObject({ code: 'UNREADABLE_FILE' });
  });

  it('gives up on a file that takes too long to read, with a message', async () => {
    const file = await fileWith('slow.json', `[${'{"type":"Annotation"},'.repeat(400_000)}null]`);
    await expect(readAnnotationFileOffThread(file, { timeoutMs: 1 })).rejects.toMatchObject({
      code: 'UNREADABLE_FILE',
      message: '“slow.json” took too long to read (over 1 ms), so no annotations were imported.',
    });
    expect(runningWorkers()).toBe(0);
  });
});

describe('readW3CAnnotations (the worker task)', () => {
  it('parses JSON text and reads it item by item', () => {
    expect(readW3CAnnotations({ text: JSON.stringify(item('x')) }).annotations).toHaveLength(1);
    expect(() => readW3CAnnotations({ text: '' })).toThrow('The file is not valid JSON, so no annotations were imported.');
  });
});
