/**
 * Dates read from files other programs wrote: only a real ISO 8601 date-time is accepted.
 */

// Anchored, fixed-width fields: no backtracking whatever the input.
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The instant an ISO 8601 date-time (`2026-11-20T10:00:00.000Z`, `2026-11-20T11:00+01:00`)
 * names, as `Date.toISOString()` text; null when the text is not one or names no real time.
 * `Date.parse` alone is not enough: it rolls `2026-02-30` over into March and accepts
 * `24:00`, so the parsed instant must give back the very fields that were written.
 */
export function normaliseIsoDateTime(value: string): string | null {
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return null;
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) return null;
  const zone = m[7]!;
  const offsetMinutes = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const local = new Date(ms + offsetMinutes * 60_000);
  const written = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number);
  const read = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds()];
  return written.every((field, i) => field === read[i]) ? new Date(ms).toISOString() : null;
}
