import { describe, expect, it } from 'vitest';
import { tidyMarks } from '../../../../shared/import/inlineMarks';
import { MarkedText } from '../../../../shared/import/markedText';

/** The marked runs of a taken block, as "kind:text" (and the address of a link). */
function runs({ text, marks }: { text: string; marks: { kind: string; start: number; end: number; href?: string }[] }): string[] {
  return marks.map((m) => `${m.kind}:${text.slice(m.start, m.end)}${m.href ? ` → ${m.href}` : ''}`);
}

describe('MarkedText', () => {
  it('carries marks across collapsed whitespace and trims spaces off their ends', () => {
    const text = new MarkedText();
    text.append('  Read ');
    text.openMark('emphasis');
    text.append('  this\n  carefully ');
    text.closeMark();
    text.append(' now');
    const block = text.takeProse();
    expect(block.text).toBe('Read this carefully now');
    expect(runs(block)).toEqual(['emphasis:this carefully']);
  });

  it('cuts a mark at the end of a block and carries it on into the next', () => {
    const text = new MarkedText();
    text.openMark('link', 'https://a.example/');
    text.append('first');
    const first = text.takeProse();
    text.append('second');
    text.closeMark();
    text.append(' after');
    const second = text.takeProse();
    expect(runs(first)).toEqual(['link:first → https://a.example/']);
    expect(runs(second)).toEqual(['link:second → https://a.example/']);
  });

  it('drops marks on code blocks and on nothing but spaces', () => {
    const text = new MarkedText();
    text.openMark('strong');
    text.append('   ');
    text.closeMark();
    text.append('x');
    expect(text.takeProse().marks).toEqual([]);
    text.openMark('code');
    text.append('let x = 1;');
    text.closeMark();
    expect(text.takeCode()).toEqual({ text: 'let x = 1;', marks: [] });
  });

  it('keeps one mark per style however deeply the same style nests', () => {
    const text = new MarkedText();
    for (let i = 0; i < 10_000; i++) text.openMark('strong');
    text.append('bold words');
    for (let i = 0; i < 10_000; i++) {
      if (i % 1000 === 0) text.takeProse();
      text.append('.');
    }
    const block = text.takeProse();
    expect(runs(block)).toEqual([`strong:${'.'.repeat(1000)}`]);
  });
});

describe('tidyMarks', () => {
  it('merges overlapping and touching marks of one style, keeps different links apart, and sorts', () => {
    const text = 'one two three';
    const tidy = tidyMarks(
      [
        { kind: 'emphasis', start: 4, end: 7 },
        { kind: 'emphasis', start: 0, end: 4 },
        { kind: 'link', start: 0, end: 3, href: 'https://a.example/' },
        { kind: 'link', start: 3, end: 7, href: 'https://b.example/' },
        { kind: 'strong', start: 20, end: 30 },
      ],
      text,
    );
    expect(tidy).toEqual([
      { kind: 'link', start: 0, end: 3, href: 'https://a.example/' },
      { kind: 'emphasis', start: 0, end: 7 },
      { kind: 'link', start: 4, end: 7, href: 'https://b.example/' },
    ]);
  });
});
