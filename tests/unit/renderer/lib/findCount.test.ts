import { describe, expect, it } from 'vitest';
import { findCountText } from '../../../../renderer/src/lib/findCount';

describe('findCountText', () => {
  it('says nothing before anything is typed', () => {
    expect(findCountText('', 0, -1, false)).toBe('');
    expect(findCountText('  ', 0, -1, false)).toBe('');
  });

  it('says there are no matches', () => {
    expect(findCountText('zebra', 0, -1, false)).toBe('No matches');
  });

  it('counts from one, with thousands grouped and a plus when there were more than were kept', () => {
    expect(findCountText('the', 17, 2, false)).toBe('3 of 17');
    expect(findCountText('e', 100000, 0, true)).toBe(`1 of ${(100000).toLocaleString()}+`);
  });
});
