// @vitest-environment jsdom
/**
 * The note field of an own card: its saves may answer after the user typed on, a save may fail,
 * and the card may leave the page; the text typed is never replaced by an older saved copy and
 * never lost.
 */
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/model';
import { useNoteDraft } from '../../../../renderer/src/hooks/useNoteDraft';
import { cardDrafts } from '../../../../renderer/src/lib/draftStore';
import { annotation } from '../lib/annotationFactory';

/** A `send` whose saves the test answers one by one. */
function heldSends() {
  const sent: { note: string; answer: (ok: boolean) => void }[] = [];
  const send = (note: string) =>
    new Promise<boolean>((resolve) => {
      sent.push({ note, answer: resolve });
    });
  return { sent, send };
}

function renderNote(id: string, send: (note: string) => Promise<boolean>, note = '') {
  return renderHook(({ saved }: { saved: Annotation }) => useNoteDraft(saved, true, send), { initialProps: { saved: annotation(id, { note }) } });
}

describe('useNoteDraft', () => {
  it('keeps the text typed since, when an older save answers', async () => {
    const { sent, send } = heldSends();
    const { result, rerender } = renderNote('n1', send);
    act(() => result.current.setNote('first'));
    act(() => result.current.saveNote());
    act(() => result.current.setNote('first and second'));
    act(() => result.current.saveNote());
    expect(sent.map((s) => s.note)).toEqual(['first', 'first and second']);

    // The first save comes back while the second is on its way.
    await act(async () => sent[0]!.answer(true));
    rerender({ saved: annotation('n1', { note: 'first' }) });
    expect(result.current.note).toBe('first and second');
    await act(async () => sent[1]!.answer(true));
    rerender({ saved: annotation('n1', { note: 'first and second' }) });
    expect(result.current.note).toBe('first and second');
    expect(result.current.unsaved).toBe(false);
  });

  it('does not send the same note twice while it is being saved, and sends it again after a failure', async () => {
    const { sent, send } = heldSends();
    const { result } = renderNote('n2', send);
    act(() => result.current.setNote('once'));
    act(() => result.current.saveNote());
    act(() => result.current.saveNote());
    expect(sent).toHaveLength(1);
    await act(async () => sent[0]!.answer(false));
    expect(result.current.note).toBe('once');
    act(() => result.current.saveNote());
    expect(sent).toHaveLength(2);
  });

  it('a change made elsewhere (an undo) replaces the field', () => {
    const { send } = heldSends();
    const { result, rerender } = renderNote('n3', send, 'saved');
    rerender({ saved: annotation('n3', { note: 'undone' }) });
    expect(result.current.note).toBe('undone');
  });

  it('a note not saved when the card leaves the page is back when it is rendered again, until it is saved', () => {
    const { send } = heldSends();
    const first = renderNote('n4', send, 'on disk');
    act(() => first.result.current.setNote('typed, not saved'));
    first.unmount();

    const again = renderNote('n4', send, 'on disk');
    expect(again.result.current.note).toBe('typed, not saved');
    expect(again.result.current.unsaved).toBe(true);
    again.rerender({ saved: annotation('n4', { note: 'typed, not saved' }) });
    expect(cardDrafts.get('note:n4')).toBeUndefined();
  });
});
