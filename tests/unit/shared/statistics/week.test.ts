import { describe, expect, it } from 'vitest';
import { sevenDays } from '../../../../shared/statistics/week';

describe('the last seven days', () => {
  it('ends today and starts six days before, in UTC', () => {
    const week = sevenDays(new Date('2026-11-30T10:00:00.000Z'), 0);
    expect(week.dates).toEqual(['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30']);
    expect(week.dayOf('2026-11-30T00:00:00.000Z')).toBe(6);
    expect(week.dayOf('2026-11-24T00:00:00.000Z')).toBe(0);
    expect(week.dayOf('2026-11-23T23:59:59.999Z')).toBeNull();
    expect(week.dayOf('2026-11-27T12:00:00+02:00')).toBe(3);
  });

  it('counts days in the user’s time zone', () => {
    // 01:30 on 1 December in Berlin (UTC+1) is still 30 November in UTC.
    const week = sevenDays(new Date('2026-11-30T23:30:00.000Z'), 60);
    expect(week.dates.at(-1)).toBe('2026-12-01');
    expect(week.dayOf('2026-11-30T23:10:00.000Z')).toBe(6);
    expect(week.dayOf('2026-11-30T22:50:00.000Z')).toBe(5);
    const newYork = sevenDays(new Date('2026-11-30T03:00:00.000Z'), -300);
    expect(newYork.dates.at(-1)).toBe('2026-11-29');
  });

  it('leaves out dates it cannot read and dates after today', () => {
    const week = sevenDays(new Date('2026-11-30T10:00:00.000Z'), 0);
    expect(week.dayOf('not a date')).toBeNull();
    expect(week.dayOf('')).toBeNull();
    expect(week.dayOf('2026-12-01T00:00:00.000Z')).toBeNull();
  });
});
