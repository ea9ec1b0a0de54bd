import { expect, it } from 'vitest';
import { plural } from '../../../../shared/text/plural';

it('puts the noun in the right number', () => {
  expect(plural(0, 'highlight')).toBe('0 highlights');
  expect(plural(1, 'highlight')).toBe('1 highlight');
  expect(plural(2, 'document')).toBe('2 documents');
  expect(plural(2, 'entry', 'entries')).toBe('2 entries');
});
