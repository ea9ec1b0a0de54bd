import { TEST_PERSON } from '../../../support/person';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/model';
import { NO_FILTER, filterMatcher, isFiltering, matchesFilter } from '../../../../renderer/src/lib/filterAnnotations';

const base: Annotation = {
  id: 'a',
  documentId: 'd',
  target: { selector: [{ type: 'TextQuoteSelector', exact: 'Ahmed al\u2011Sharaa met \u201cPutin\u201d', prefix: '', suffix: '' }] },
  color: 'green',
  note: 'Compare with the 2015 visit',
  tags: ['diplomacy', 'to read'],
  origin: 'own',
  creator: TEST_PERSON,
  motivation: 'highlighting',
  createdAt: '',
  updatedAt: '',
};

describe('matchesFilter', () => {
  it('passes everything without a filter', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(matchesFilter(base, NO_FILTER)).toBe(true);
  });

  it('filters by colour and by tag', () => {
    expect(matchesFilter(base, { ...NO_FILTER, colors: ['green', 'blue'] })).toBe(true);
    expect(matchesFilter(base, { ...NO_FILTER, colors: ['pink'] })).toBe(false);
    expect(matchesFilter(base, { ...NO_FILTER, tag: 'to read' })).toBe(true);
    expect(matchesFilter(base, { ...NO_FILTER, tag: 'to' })).toBe(false);
  });

  it('finds every word of the text in the quote, note or tags, forgiving dashes, quotes and case', () => {
    expect(matchesFilter(base, { ...NO_FILTER, text: 'al-sharaa "putin"' })).toBe(true);
    expect(matchesFilter(base, { ...NO_FILTER, text: '2015 diplomacy' })).toBe(true);
    expect(matchesFilter(base, { ...NO_FILTER, text: 'moscow' })).toBe(false);
  });
});

describe('filterMatcher', () => {
  it('agrees with matchesFilter, folding the filter once for many annotations', () => {
    const filter = { text: 'sharaa "putin"', colors: [], tag: '' };
    const matches = filterMatcher(filter);
    const others = [base, { ...base, id: 'b', note: 'nothing', target: { selector: [{ type: 'TextQuoteSelector' as const, exact: 'elsewhere', prefix: '', suffix: '' }] } }];
    expect(others.map(matches)).toEqual(others.map((a) => matchesFilter(a, filter)));
    expect(others.map(matches)).toEqual([true, false]);
  });

  it('sees a changed note: a changed annotation is a new object and is read again', () => {
    const matches = filterMatcher({ text: 'zebrafinch', colors: [], tag: '' });
    expect(matches(base)).toBe(false);
    expect(matches({ ...base, note: 'A zebrafinch sang' })).toBe(true);
    expect(matches(base)).toBe(false);
  });
});
