import { describe, expect, it } from 'vitest';
import { MIN_CONTENTS_HEADINGS, contentsOf } from '../../../../renderer/src/lib/contents';
import { assembleBlocks } from '../../../../shared/import/plainText';

describe('contentsOf', () => {
  it('lists the headings with their block index and page', () => {
    const { text, blocks } = assembleBlocks([
      { kind: 'heading', text: 'The River' },
      { kind: 'paragraph', text: 'Water.' },
      { kind: 'heading', text: '  The   Mountain ' },
      { kind: 'paragraph', text: 'Snow.' },
      { kind: 'heading', text: 'The Lantern' },
    ]);
    const withPages = blocks.map((b, i) => ({ ...b, page: i + 1 }));
    expect(contentsOf(text, withPages)).toEqual([
      { label: 'The River', block: 0, page: 1 },
      { label: 'The Mountain', block: 2, page: 3 },
      { label: 'The Lantern', block: 4, page: 5 },
    ]);
    expect(MIN_CONTENTS_HEADINGS).toBe(3);
  });

  it('shortens very long headings', () => {
    const { text, blocks } = assembleBlocks([{ kind: 'heading', text: 'word '.repeat(40) }]);
    expect(contentsOf(text, blocks)[0]!.label.length).toBeLessThanOrEqual(81);
  });
});
