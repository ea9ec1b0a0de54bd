import { describe, expect, it } from 'vitest';
import { colorBreakdown, colorSegments, dayLabel, weekChartLabel } from '../../../../renderer/src/lib/statisticsLabels';

const zero = { yellow: 0, green: 0, blue: 0, pink: 0, purple: 0 };

describe('statistics labels', () => {
  it('says a colour breakdown in words, leaving out colours not used', () => {
    expect(colorBreakdown({ ...zero, yellow: 2, blue: 1 })).toBe('2 yellow, 1 blue');
    expect(colorBreakdown(zero)).toBe('none');
  });

  it('gives each used colour a segment in toolbar order, widths adding up to the whole', () => {
    const segments = colorSegments({ ...zero, pink: 1, yellow: 3 }, 100);
    expect(segments).toEqual([
      { color: 'yellow', count: 3, x: 0, width: 75 },
      { color: 'pink', count: 1, x: 75, width: 25 },
    ]);
    expect(colorSegments(zero, 100)).toEqual([]);
  });

  it('names the days of the week, today as Today', () => {
    expect(dayLabel('2026-11-30', true)).toBe('Today');
    expect(dayLabel('2026-11-24', false)).toBe('Tue 24');
  });

  it('puts every day’s number in the chart’s label', () => {
    const days = ['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30'].map((date, i) => ({ date, count: i === 6 ? 2 : i === 0 ? 1 : 0 }));
    const label = weekChartLabel(days);
    expect(label).toMatch(/^Highlights per day over the last 7 days\. Tue 24: 1; Wed 25: 0; /);
    expect(label).toMatch(/; Today: 2\.$/);
    expect(label.split('; ')).toHaveLength(7);
  });
});
