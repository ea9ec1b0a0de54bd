import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../renderer/src/lib/draftStore';

describe('DraftStore', () => {
  it('keeps text that differs from what is saved, per key', () => {
    const drafts = new DraftStore();
    drafts.keep('reply:a', 'Because of the harbour', '');
    drafts.keep('note:a', 'My note', 'saved note');
    expect(drafts.get('reply:a')).toBe('Because of the harbour');
    expect(drafts.get('note:a')).toBe('My note');
    expect(drafts.get('reply:b')).toBeUndefined();
  });

  it('forgets a draft that is blank or the same as what is saved', () => {
    const drafts = new DraftStore();
    drafts.keep('reply:a', 'text', '');
    drafts.keep('reply:a', '  \n', '');
    expect(drafts.get('reply:a')).toBeUndefined();
    drafts.keep('note:a', 'draft', 'saved');
    drafts.keep('note:a', 'saved', 'saved');
    expect(drafts.get('note:a')).toBeUndefined();
  });

  it('restores a draft only while it still differs from what is saved', () => {
    const drafts = new DraftStore();
    drafts.keep('note:a', 'typed', 'old');
    expect(drafts.restore('note:a', 'old')).toBe('typed');
    // Saved meanwhile (the card was away while its save answered): the draft is spent.
    expect(drafts.restore('note:a', 'typed')).toBeUndefined();
    expect(drafts.get('note:a')).toBeUndefined();
  });

  it('forgets a draft when asked', () => {
    const drafts = new DraftStore();
    drafts.keep('reply:a', 'text', '');
    drafts.forget('reply:a');
    expect(drafts.get('reply:a')).toBeUndefined();
  });
});
