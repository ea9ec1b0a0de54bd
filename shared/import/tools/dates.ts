/**
 * Dates in another tool's file: kept only when they are real ISO 8601 date-times
 * (`normaliseIsoDateTime`); a bad one costs the date, never the annotation.
 */
import { normaliseIsoDateTime } from '../isoDateTime';

/** How much of a bad value is shown in a message. */
const SHOWN = 40;

/**
 * `value` as an ISO date-time (`Date.toISOString()` form), or null: silently when the file has
 * none (absent, null or empty), and with a clause in `issues` when it has one we cannot read.
 * `what` names the field in that clause ("creation date").
 */
export function readForeignDate(value: unknown, what: string, issues: string[]): string | null {
  if (value === undefined || value === null || value === '') return null;
  const date = typeof value === 'string' ? normaliseIsoDateTime(value.trim()) : null;
  if (date === null) {
    if (typeof value !== 'string') issues.push(`its ${what} is not written as text, so it was left out`);
    else issues.push(`its ${what} “${value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value}” is not a date and time Marginalia can read, so it was left out`);
  }
  return date;
}
