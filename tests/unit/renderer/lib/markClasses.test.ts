import { describe, expect, it } from 'vitest';
import type { HighlightColor } from '../../../../shared/model';
import { markClasses } from '../../../../renderer/src/lib/markClasses';

const colours: Record<string, HighlightColor> = { mine: 'green', mine2: 'pink', teacher: 'blue', student: 'purple' };
const look = { colorOf: (id: string) => colours[id], isOwn: (id: string) => id.startsWith('mine') };

describe('markClasses', () => {
  it('fills an own highlight with its colour', () => {
    expect(markClasses(['mine'], look)).toEqual(['hl-green']);
    expect(markClasses(['mine', 'mine2'], look)).toEqual(['hl-pink', 'hl-overlap']);
  });

  it('only underlines text that only other people annotated, in the topmost one\'s colour', () => {
    expect(markClasses(['teacher'], look)).toEqual(['layer-other', 'ul-blue']);
    expect(markClasses(['teacher', 'student'], look)).toEqual(['layer-other', 'ul-purple']);
  });

  it('fills with the own colour and underlines with the other\'s where both cover the text', () => {
    expect(markClasses(['teacher', 'mine'], look)).toEqual(['hl-green', 'hl-with-others', 'ul-blue']);
  });
});
