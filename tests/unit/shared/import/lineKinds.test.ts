import { describe, expect, it } from 'vitest';
import { isCreditLine, isHeadingLike, isListItem } from '../../../../shared/import/lineKinds';

describe('line classification', () => {
  it.each(['Alexander Zemlianichenko / AFP', 'AFP', 'Reuters', 'Photo: Jane Doe', 'Photograph by Ann Lee', 'Jane Doe/Getty Images'])(
    'reads %j as a photo credit',
    (line) => expect(isCreditLine(line)).toBe(true),
  );

  it.each(['He said the AFP had left.', 'A meeting in Moscow / Damascus talks ended.', ''])('does not read %j as a credit', (line) =>
    expect(isCreditLine(line)).toBe(false),
  );

  it.each(['The origins of hostilities', '\u2018A big deal for Russia\u2019', '2024 in review'])('reads %j as a heading', (line) =>
    expect(isHeadingLike(line)).toBe(true),
  );

  it.each([
    'The day was rainy and overcast.',
    '\u201cYou know, there was an invitation. But it was too late.\u201d',
    'font change',
    'AFP',
    'a'.repeat(121).replace(/^a/, 'A'),
  ])('does not read %j as a heading', (line) => expect(isHeadingLike(line)).toBe(false));

  it('recognises bullets and numbers but not hyphenated words', () => {
    expect(isListItem('- item')).toBe(true);
    expect(isListItem('• item')).toBe(true);
    expect(isListItem('12. item')).toBe(true);
    expect(isListItem('-5 degrees')).toBe(false);
    expect(isListItem('2024. A year')).toBe(false);
  });
});
