import { describe, expect, it } from 'vitest';
import { motivationAfter, motivationFor } from '../../../../shared/annotations/motivation';

describe('motivation', () => {
  it('is highlighting without a note, commenting with one, questioning when asked', () => {
    expect(motivationFor('')).toBe('highlighting');
    expect(motivationFor('  \n')).toBe('highlighting');
    expect(motivationFor('why?')).toBe('commenting');
    expect(motivationFor('why?', true)).toBe('questioning');
  });

  it('keeps a question a question while its note is edited, until it is turned back into a note', () => {
    const question = { motivation: 'questioning' as const, note: 'What changed?' };
    expect(motivationAfter(question, { note: 'What changed, and why?' })).toBe('questioning');
    expect(motivationAfter(question, { question: false })).toBe('commenting');
    expect(motivationAfter({ motivation: 'highlighting', note: '' }, { note: 'a note' })).toBe('commenting');
    expect(motivationAfter({ motivation: 'commenting', note: 'a note' }, { note: '' })).toBe('highlighting');
  });

  it('never turns a reply into anything else', () => {
    expect(motivationAfter({ motivation: 'replying', note: 'yes' }, { note: '', question: true })).toBe('replying');
  });
});
