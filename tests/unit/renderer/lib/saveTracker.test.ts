import { describe, expect, it } from 'vitest';
import { SaveTracker, saveStatusText } from '../../../../renderer/src/lib/saveTracker';

describe('SaveTracker', () => {
  it('says saving until the last of overlapping saves has answered, then saved', () => {
    const tracker = new SaveTracker();
    expect(tracker.start().state).toBe('saving');
    expect(tracker.start().state).toBe('saving');
    expect(tracker.finish(true, 'colour').state).toBe('saving');
    expect(tracker.finish(true, 'tags')).toEqual({ state: 'saved', failed: [] });
  });

  it('ends on failed when any of the overlapping saves failed, whatever order they answer in', () => {
    const tracker = new SaveTracker();
    tracker.start();
    tracker.start();
    expect(tracker.finish(false, 'note').state).toBe('saving');
    expect(tracker.finish(true, 'tags')).toEqual({ state: 'failed', failed: ['note'] });
  });

  it('names each failed kind of change once', () => {
    const tracker = new SaveTracker();
    tracker.start();
    tracker.start();
    tracker.start();
    tracker.finish(false, 'note');
    tracker.finish(false, 'note');
    expect(tracker.finish(false, 'tags')).toEqual({ state: 'failed', failed: ['note', 'tags'] });
  });

  it('starts afresh after everything answered: a failure shown once does not stick to the next save', () => {
    const tracker = new SaveTracker();
    tracker.start();
    expect(tracker.finish(false, 'colour').state).toBe('failed');
    tracker.start();
    expect(tracker.finish(true, 'colour').state).toBe('saved');
  });
});

describe('saveStatusText', () => {
  it('words each state', () => {
    expect(saveStatusText({ state: 'idle', failed: [] }, 'Ctrl+Enter')).toBe('');
    expect(saveStatusText({ state: 'saving', failed: [] }, 'Ctrl+Enter')).toBe('Saving…');
    expect(saveStatusText({ state: 'saved', failed: [] }, 'Ctrl+Enter')).toBe('Saved');
  });

  it('says what was not saved, and that a note is kept and how to save it again', () => {
    expect(saveStatusText({ state: 'failed', failed: ['note'] }, 'Ctrl+Enter')).toBe('Your note was not saved. It is kept here; press Ctrl+Enter to try again.');
    expect(saveStatusText({ state: 'failed', failed: ['tags', 'note'] }, 'Ctrl+Enter')).toBe(
      'Your tags and note were not saved. The note is kept here; press Ctrl+Enter to try again.',
    );
    expect(saveStatusText({ state: 'failed', failed: ['tags'] }, 'Ctrl+Enter')).toBe('Your tags were not saved. Make the change again to retry.');
    expect(saveStatusText({ state: 'failed', failed: ['colour', 'tags', 'question'] }, 'Ctrl+Enter')).toBe(
      'Your colour, tags and question were not saved. Make the change again to retry.',
    );
  });
});
