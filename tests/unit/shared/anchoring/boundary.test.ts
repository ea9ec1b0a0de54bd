import { describe, expect, it } from 'vitest';
import { anchor, describeRange } from '../../../../shared/anchoring';

describe('context at the edges of the text', () => {
  it('finds an edited last sentence whose paragraph before was deleted: reaching the same end of the text is context too', () => {
    const v1 = 'Field notes\n\nBirds came back to the marsh in April.\n\nWe counted forty herons by the old mill.';
    const v2 = 'Field notes\n\nA new opening paragraph.\n\nWe counted forty-two herons by the old mill.';
    const quote = 'We counted forty herons by the old mill.';
    const selectors = describeRange(v1, v1.indexOf(quote), v1.length);
    expect(anchor(v2, selectors)).toEqual({ start: v2.indexOf('We counted'), end: v2.length });
  });

  it('finds an edited first sentence whose paragraph after was rewritten', () => {
    const v1 = 'The river rose in the night.\n\nThe bridge held until morning came.';
    const v2 = 'The river rose fast in the night.\n\nNobody knows what happened next.';
    const selectors = describeRange(v1, 0, 'The river rose in the night.'.length);
    expect(anchor(v2, selectors)).toEqual({ start: 0, end: 'The river rose fast in the night.'.length });
  });
});
