import { describe, expect, it } from 'vitest';
import { blockMarks, markedRuns } from '../../../../shared/document/blockMarks';
import type { Block, InlineMark } from '../../../../shared/model';

describe('blockMarks and markedRuns', () => {
  it('stay linear for a stranger’s marks: long same-style marks stacked under many short links', () => {
    const length = 5001;
    const marks: InlineMark[] = [];
    for (let i = 0; i < 2500; i++) marks.push({ kind: 'strong', start: 0, end: length });
    for (let i = 0; i < 2500; i++) marks.push({ kind: 'link', start: 2 * i + 1, end: 2 * i + 2, href: `https://a.example/${i % 2}` });
    const block: Block = { kind: 'paragraph', start: 0, end: length, marks };
    const shown = blockMarks(block);
    const runs = markedRuns(shown, length);
    const opened = runs.reduce((n, run) => n + run.marks.length, 0);
    // One strong around everything plus one link per linked character: never runs × marks.
    expect(shown.filter((m) => m.kind === 'strong')).toEqual([{ kind: 'strong', start: 0, end: length }]);
    expect(opened).toBeLessThanOrEqual(runs.length * 2);
  });

  it('keeps only the first of two links that overlap (links cannot nest)', () => {
    const block: Block = {
      kind: 'paragraph',
      start: 10,
      end: 30,
      marks: [
        { kind: 'link', start: 10, end: 20, href: 'https://a.example/' },
        { kind: 'link', start: 15, end: 25, href: 'https://b.example/' },
        { kind: 'link', start: 20, end: 25, href: 'https://c.example/' },
      ],
    };
    expect(blockMarks(block)).toEqual([
      { kind: 'link', start: 0, end: 10, href: 'https://a.example/' },
      { kind: 'link', start: 10, end: 15, href: 'https://c.example/' },
    ]);
  });
});
