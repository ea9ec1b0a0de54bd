import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../shared/import';
import { runInWorker, runningWorkers } from '../../../../../electron/services/worker/runInWorker';
import { runTask } from '../../../../../electron/services/worker/tasks';
import { fill } from './adversarialInputs';

describe('runInWorker', () => {
  it('runs a task in a worker spawned from TypeScript source and returns its output', async () => {
    const text = '# Title\n\nSome *words*, a [link](x) and `code`.';
    const parsed = await runInWorker('parseDocument', { fileName: 'a.md', text });
    expect(parsed).toEqual(parseDocument('a.md', text));
    expect(parsed.title).toBe('Title');
    expect(runningWorkers()).toBe(0);
  });

  it('terminates a worker that runs over its time limit and rejects with a message naming the file', async () => {
    // About 5 s of parsing (8 MB of "![") against a limit of 0.2 s.
    const slow = runInWorker('parseDocument', { fileName: 'slow.md', text: fill('![', 8 << 20) }, { fileName: 'slow.md', timeoutMs: 200 });
    await expect(slow).rejects.toMatchObject({
      name: 'ServiceError',
      code: 'UNREADABLE_FILE',
      message: '“slow.md” took too long to read (over 200 ms), so nothing was imported.',
    });
    expect(runningWorkers()).toBe(0);
  });

  it('says what the failure means for the caller', async () => {
    const slow = runInWorker('readPacket', { text: `[${fill('1,', 8 << 20)}1]` }, { fileName: 'notes.marginalia', timeoutMs: 1, outcome: 'no annotations were imported' });
    await expect(slow).rejects.toThrow('“notes.marginalia” took too long to read (over 1 ms), so no annotations were imported.');
  });

  it('rejects cleanly when the task throws anything else', async () => {
    const unknown = runInWorker('noSuchTask' as 'parseDocument', { fileName: 'a.txt', text: 'x' }, { fileName: 'a.txt' });
    await expect(unknown).rejects.toMatchObject({
      code: 'UNREADABLE_FILE',
      message: '“a.txt” could not be read (there is no worker task called “noSuchTask”), so nothing was imported.',
    });
    expect(runningWorkers()).toBe(0);
  });

  it('rejects with a ServiceError when the worker itself dies (here: out of memory)', async () => {
    const crash = runInWorker('parseDocument', { fileName: 'huge.html', text: fill('<p>x</p>', 8 << 20) }, { fileName: 'huge.html', maxMemoryMb: 8 });
    await expect(crash).rejects.toMatchObject({
      code: 'UNREADABLE_FILE',
      message: '“huge.html” could not be read (reading it needed more memory than allowed), so nothing was imported.',
    });
    expect(runningWorkers()).toBe(0);
  });

  it('runs calls side by side, each in its own worker', async () => {
    const texts = ['one', 'two', 'three'];
    const results = await Promise.all(texts.map((text) => runInWorker('parseDocument', { fileName: `${text}.txt`, text })));
    expect(results.map((r) => r.text)).toEqual(texts);
    expect(runningWorkers()).toBe(0);
  });
});

describe('runTask', () => {
  it('refuses names that are not tasks, including inherited ones', async () => {
    expect(() => runTask('toString', {})).toThrow('there is no worker task called “toString”');
    expect(await runTask('parseDocument', { fileName: 'a.txt', text: 'x' })).toMatchObject({ text: 'x' });
  });
});
