import { describe, expect, it } from 'vitest';
import { daysUntil, exactDate, relativeTime } from '../../../../renderer/src/lib/relativeTime';

const NOW = new Date('2026-11-30T12:00:00.000Z');

describe('relativeTime', () => {
  it('says how long ago, in the largest whole unit', () => {
    expect(relativeTime('2026-11-30T11:59:30.000Z', NOW)).toBe('just now');
    expect(relativeTime('2026-11-30T11:55:00.000Z', NOW)).toBe('5 minutes ago');
    expect(relativeTime('2026-11-30T09:00:00.000Z', NOW)).toBe('3 hours ago');
    expect(relativeTime('2026-11-29T10:00:00.000Z', NOW)).toBe('yesterday');
    expect(relativeTime('2026-11-27T12:00:00.000Z', NOW)).toBe('3 days ago');
    expect(relativeTime('2026-11-16T12:00:00.000Z', NOW)).toBe('2 weeks ago');
    expect(relativeTime('2025-10-30T12:00:00.000Z', NOW)).toBe('last year');
  });

  it('says how long until a later time, and nothing for a date that is not one', () => {
    expect(relativeTime('2026-12-03T12:00:00.000Z', NOW)).toBe('in 3 days');
    expect(relativeTime('soon', NOW)).toBe('');
  });
});

describe('daysUntil and exactDate', () => {
  it('counts whole days left, never below zero', () => {
    expect(daysUntil('2026-12-27T12:00:00.000Z', NOW)).toBe(27);
    expect(daysUntil('2026-12-27T11:00:00.000Z', NOW)).toBe(27);
    expect(daysUntil('2026-11-01T00:00:00.000Z', NOW)).toBe(0);
  });

  it('writes the exact date for a tooltip', () => {
    expect(exactDate('2026-11-30T12:00:00.000Z')).toMatch(/30 November 2026/);
    expect(exactDate('x')).toBe('');
  });
});
