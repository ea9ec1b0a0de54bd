import { describe, expect, it } from 'vitest';
import { rovingTarget } from '../../../../renderer/src/lib/rovingFocus';

describe('rovingTarget', () => {
  it('moves to the next and previous item, wrapping around', () => {
    expect(rovingTarget('ArrowRight', 0, 3)).toBe(1);
    expect(rovingTarget('ArrowRight', 2, 3)).toBe(0);
    expect(rovingTarget('ArrowLeft', 0, 3)).toBe(2);
    expect(rovingTarget('ArrowLeft', 2, 3)).toBe(1);
  });

  it('goes to the first and last item with Home and End', () => {
    expect(rovingTarget('Home', 2, 3)).toBe(0);
    expect(rovingTarget('End', 0, 3)).toBe(2);
  });

  it('leaves other keys, and an empty toolbar, alone', () => {
    expect(rovingTarget('Tab', 1, 3)).toBeNull();
    expect(rovingTarget('Enter', 1, 3)).toBeNull();
    expect(rovingTarget('ArrowDown', 1, 3)).toBeNull();
    expect(rovingTarget('ArrowRight', 0, 0)).toBeNull();
  });

  it('starts from the first item when focus is on none of them', () => {
    expect(rovingTarget('ArrowRight', -1, 3)).toBe(0);
    expect(rovingTarget('ArrowLeft', -1, 3)).toBe(2);
  });
});
