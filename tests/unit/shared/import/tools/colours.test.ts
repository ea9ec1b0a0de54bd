import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { highlightColorOrDefault, nearestHighlightColor } from '../../../../../shared/import/tools/colours';
import { HIGHLIGHT_COLORS } from '../../../../../shared/model';

describe('nearestHighlightColor', () => {
  it.each([
    ['yellow', 'yellow'], ['Yellow', 'yellow'], [' GREEN ', 'green'], ['blue', 'blue'], ['pink', 'pink'], ['purple', 'purple'],
    ['orange', 'yellow'], ['red', 'pink'], ['Light Blue', 'blue'], ['dark-green', 'green'], ['light_purple', 'purple'], ['violet', 'purple'],
    ['cyan', 'blue'], ['magenta', 'pink'],
  ])('reads the name %j as %s', (name, ours) => {
    expect(nearestHighlightColor(name)).toBe(ours);
  });

  it.each([
    // Thorium's and Zotero's palettes, and short and alpha forms.
    ['#ffd400', 'yellow'], ['#FFD400', 'yellow'], ['#fd4', 'yellow'], ['#ff6666', 'pink'], ['#5fb236', 'green'], ['#2ea8e5', 'blue'],
    ['#a28ae5', 'purple'], ['#ec9754', 'yellow'], ['#e56eee', 'purple'], ['#ff000080', 'pink'], ['#0f08', 'green'],
    ['rgb(255, 212, 0)', 'yellow'], ['rgba(46,168,229,0.4)', 'blue'], ['rgb(162 138 229 / 50%)', 'purple'],
    // Our own painted colours map to themselves.
    ['#fbe38e', 'yellow'], ['#bfe5b4', 'green'], ['#b9dcf5', 'blue'], ['#f7c3d6', 'pink'], ['#d9c8f2', 'purple'],
  ])('reads %s as %s', (value, ours) => {
    expect(nearestHighlightColor(value)).toBe(ours);
  });

  it.each([
    'grey', 'gray', '#aaaaaa', '#ffffff', '#000000', '#12', 'ffd400', 'rgb(300, 0, 0)', 'chartreuse-ish', '', '   ', 'brown',
    `#${'f'.repeat(100)}`,
  ])('finds no colour in %j', (value) => {
    expect(nearestHighlightColor(value)).toBeNull();
    expect(highlightColorOrDefault(value)).toBe('yellow');
  });

  it.each([null, undefined, 12, {}, ['red'], true])('finds no colour in the non-text %j', (value) => {
    expect(nearestHighlightColor(value)).toBeNull();
  });

  it('never throws and always answers one of ours or null', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (value) => {
        const color = nearestHighlightColor(value);
        expect(color === null || (HIGHLIGHT_COLORS as readonly string[]).includes(color)).toBe(true);
      }),
    );
  });
});
