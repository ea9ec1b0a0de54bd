import { describe, expect, it } from 'vitest';
import { normaliseIsoDateTime } from '../../../../shared/import/isoDateTime';

describe('normaliseIsoDateTime', () => {
  it.each([
    ['2026-11-20T10:00:00.000Z', '2026-11-20T10:00:00.000Z'],
    ['2026-11-20T10:00:00Z', '2026-11-20T10:00:00.000Z'],
    ['2026-11-20T10:00Z', '2026-11-20T10:00:00.000Z'],
    ['2026-11-20T11:30:00+01:30', '2026-11-20T10:00:00.000Z'],
    ['2026-11-20T05:00:00.5-05:00', '2026-11-20T10:00:00.500Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'],
  ])('reads %s as %s', (written, instant) => {
    expect(normaliseIsoDateTime(written)).toBe(instant);
  });

  it.each([
    'yesterday', '', '2026-11-20', '2026-11-20 10:00:00Z', '2026-11-20T10:00:00', '2026-02-30T00:00:00Z', '2026-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T00:60:00Z', '2026-01-01T00:00:60Z', '2026-01-01T00:00:00+25:00',
    ` 2026-01-01T00:00:00Z`, `2026-01-01T00:00:00Z${' '.repeat(10_000)}x`,
  ])('refuses %j', (written) => {
    expect(normaliseIsoDateTime(written)).toBeNull();
  });
});
