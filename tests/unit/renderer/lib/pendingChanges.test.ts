import { describe, expect, it } from 'vitest';
import { PendingChanges } from '../../../../renderer/src/lib/pendingChanges';
import { annotation } from './annotationFactory';

/** A save whose answer the test gives when it likes. */
function heldSave() {
  let answer!: (ok: boolean) => void;
  const promise = new Promise<boolean>((resolve) => {
    answer = resolve;
  });
  return { save: () => promise, answer };
}

describe('PendingChanges', () => {
  it('takes a quick second change’s “before” from the first change, not from the disk', async () => {
    const pending = new PendingChanges();
    const onDisk = annotation('a');
    const records: unknown[] = [];
    const first = heldSave();
    const second = heldSave();
    const a = pending.send(onDisk, { tags: ['A'] }, first.save, (ok, previous) => records.push({ ok, previous }));
    const b = pending.send(onDisk, { tags: ['A', 'B'] }, second.save, (ok, previous) => records.push({ ok, previous }));
    first.answer(true);
    second.answer(true);
    expect(await a).toBe(true);
    expect(await b).toBe(true);
    await pending.settled();
    expect(records).toEqual([
      { ok: true, previous: { tags: [] } },
      { ok: true, previous: { tags: ['A'] } },
    ]);
  });

  it('records the changes in the order they were made, even when the saves answer the other way round', async () => {
    const pending = new PendingChanges();
    const onDisk = annotation('a');
    const order: string[] = [];
    const first = heldSave();
    const second = heldSave();
    void pending.send(onDisk, { color: 'blue' }, first.save, () => order.push('colour'));
    const b = pending.send(onDisk, { note: 'n' }, second.save, () => order.push('note'));
    second.answer(true);
    expect(await b).toBe(true);
    expect(order).toEqual([]);
    first.answer(true);
    await pending.settled();
    expect(order).toEqual(['colour', 'note']);
  });

  it('goes back to the disk’s values once nothing is pending for the annotation', async () => {
    const pending = new PendingChanges();
    const onDisk = annotation('a', { note: 'on disk' });
    await pending.send(onDisk, { note: 'sent but failed' }, async () => false, () => {});
    let previous: unknown;
    await pending.send(onDisk, { note: 'next' }, async () => true, (_ok, p) => {
      previous = p;
    });
    await pending.settled();
    expect(previous).toEqual({ note: 'on disk' });
  });

  it('keeps changes to different annotations apart, and asking a question changes its motivation', async () => {
    const pending = new PendingChanges();
    const held = heldSave();
    const previous: unknown[] = [];
    void pending.send(annotation('a'), { question: true }, held.save, () => {});
    const b = pending.send(annotation('b'), { question: true }, async () => true, (_ok, p) => previous.push(p));
    const a2 = pending.send(annotation('a'), { question: false }, async () => true, (_ok, p) => previous.push(p));
    held.answer(true);
    await Promise.all([b, a2]);
    await pending.settled();
    expect(previous).toEqual([{ question: false }, { question: true }]);
  });

  it('a record that throws does not stop the ones after it', async () => {
    const pending = new PendingChanges();
    const seen: string[] = [];
    void pending.send(annotation('a'), { color: 'blue' }, async () => true, () => {
      throw new Error('boom');
    });
    void pending.send(annotation('a'), { color: 'pink' }, async () => true, () => seen.push('second'));
    await pending.settled();
    expect(seen).toEqual(['second']);
  });
});
