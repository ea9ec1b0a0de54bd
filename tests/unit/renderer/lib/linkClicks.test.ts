import { describe, expect, it } from 'vitest';
import { linkClick } from '../../../../renderer/src/lib/linkClicks';

const click = (detail: number, keys: { ctrlKey?: boolean; metaKey?: boolean } = {}) => ({ detail, ctrlKey: false, metaKey: false, ...keys });

describe('linkClick', () => {
  it('asks at once for Enter (a keyboard click) and for Ctrl or ⌘ + click, even on a highlight', () => {
    expect(linkClick(click(0), false, false)).toBe('open-now');
    expect(linkClick(click(1, { ctrlKey: true }), true, false)).toBe('open-now');
    expect(linkClick(click(1, { metaKey: true }), true, false)).toBe('open-now');
  });

  it('lets a single click wait for a second one, so a double click selects the word instead', () => {
    expect(linkClick(click(1), false, false)).toBe('open-unless-clicked-again');
    expect(linkClick(click(2), false, false)).toBe('not-a-link-click');
    expect(linkClick(click(3), false, false)).toBe('not-a-link-click');
  });

  it('leaves a click on a highlight to the highlight, and a click that ended a selection alone', () => {
    expect(linkClick(click(1), true, false)).toBe('not-a-link-click');
    expect(linkClick(click(1), false, true)).toBe('not-a-link-click');
    expect(linkClick(click(0), false, true)).toBe('not-a-link-click');
  });
});
