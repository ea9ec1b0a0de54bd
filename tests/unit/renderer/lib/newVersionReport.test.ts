import { describe, expect, it } from 'vitest';
import type { NewVersionReport } from '../../../../shared/api';
import { newVersionSummary, newVersionUndoneText } from '../../../../renderer/src/lib/newVersionReport';

const report = (fields: Partial<NewVersionReport>): NewVersionReport => ({ unchanged: 0, moved: [], changed: [], orphaned: [], ...fields });

describe('newVersionSummary', () => {
  it('counts every kind of outcome, naming the document', () => {
    const text = newVersionSummary(
      'Tides',
      report({
        unchanged: 2,
        moved: [{ id: 'a', quote: 'gulls' }],
        changed: [{ id: 'b', before: 'twice', after: 'three times' }],
        orphaned: [{ id: 'c', quote: 'dunes' }],
      }),
    );
    expect(text).toBe('“Tides” now has the new text. 2 highlights unchanged, 1 moved, 1 changed, 1 could not be found (kept as orphans).');
  });

  it('uses the singular for one highlight and leaves out the orphan note when none were lost', () => {
    expect(newVersionSummary('Tides', report({ unchanged: 1 }))).toBe('“Tides” now has the new text. 1 highlight unchanged, 0 moved, 0 changed, 0 could not be found.');
  });

  it('says so when there were no highlights to find again', () => {
    expect(newVersionSummary('Tides', report({}))).toBe('“Tides” now has the new text. It had no highlights to find again.');
  });
});

describe('newVersionUndoneText', () => {
  it('says the earlier text and its highlights are back', () => {
    expect(newVersionUndoneText('Tides')).toBe('“Tides” has its earlier text again, with its highlights as they were. Highlights made on the new text are kept.');
  });
});
