/**
 * The date field of a Kindle clipping ("Added on Monday, 3 March 2025 10:00:00",
 * "Hinzugefügt am Montag, 3. März 2025 10:00:00", "作成日: 2025年3月3日月曜日 10:00:00"),
 * read field by field: a month name in one of the languages of kindleWords.ts (or the CJK
 * 年月日 form), a four-digit year, a day, and a time with an optional AM/PM. Weekdays and
 * other words are ignored. Kindle writes the device's local time without a zone, so the date
 * is read as local time on this computer, which is almost always the reader's own.
 * `Date.parse` is not used: it reads only English, and rolls 30 February over into March.
 */
import { MONTHS } from './kindleWords';

/** Date fields are short; a longer one is no date Kindle wrote. */
const MAX_LENGTH = 200;
const CJK_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?/;
const YEAR = /(?<!\d)(\d{4})(?!\d)/;
const DAY = /(?<!\d)(\d{1,2})(?!\d)/;
// Every month name in one alternation, whole words only.
const MONTH = new RegExp(`(?<!\\p{L})(${[...MONTHS.keys()].join('|')})(?!\\p{L})`, 'u');
const PM = /(?<![a-z])p\.?\s?m\.?(?![a-z])|下午|午後/;
const AM = /(?<![a-z])a\.?\s?m\.?(?![a-z])|上午|午前/;

/** The first month name among the words of `lower`, as 1–12; null without one. */
function monthOf(lower: string): number | null {
  const m = MONTH.exec(lower);
  return m ? MONTHS.get(m[1]!)! : null;
}

/** Year, month and day written in `lower`, with the date part removed so that its digits are not read as the time. */
function dateOf(lower: string): { year: number; month: number; day: number; rest: string } | null {
  const cjk = CJK_DATE.exec(lower);
  if (cjk) return { year: Number(cjk[1]), month: Number(cjk[2]), day: Number(cjk[3]), rest: lower.slice(cjk.index + cjk[0].length) };
  const month = monthOf(lower);
  const time = TIME.exec(lower);
  const withoutTime = time ? lower.slice(0, time.index) + ' ' + lower.slice(time.index + time[0].length) : lower;
  const year = YEAR.exec(withoutTime);
  if (month === null || !year) return null;
  const day = DAY.exec(withoutTime.slice(0, year.index) + ' ' + withoutTime.slice(year.index + 4));
  if (!day) return null;
  return { year: Number(year[1]), month, day: Number(day[1]), rest: time ? lower.slice(time.index) : '' };
}

/**
 * The instant a Kindle date field names, as ISO 8601 in UTC (`Date.toISOString()`, the form
 * `isoDateTime.ts` normalises to); null when it names none we can
 * read (an unknown language, no year, a day the month does not have).
 */
export function parseKindleDate(text: string): string | null {
  if (text.length > MAX_LENGTH) return null;
  const lower = text.toLowerCase();
  const date = dateOf(lower);
  if (!date || date.year < 1990 || date.year > 2200) return null;
  const time = TIME.exec(date.rest);
  let hours = time ? Number(time[1]) : 0;
  const minutes = time ? Number(time[2]) : 0;
  const seconds = time?.[3] ? Number(time[3]) : 0;
  const afterTime = time ? date.rest.slice(time.index + time[0].length) : '';
  const beforeTime = time ? date.rest.slice(0, time.index) : '';
  const pm = PM.test(afterTime) || PM.test(beforeTime);
  const am = AM.test(afterTime) || AM.test(beforeTime);
  if (pm || am) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (pm ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const local = new Date(date.year, date.month - 1, date.day, hours, minutes, seconds);
  const same = local.getFullYear() === date.year && local.getMonth() === date.month - 1 && local.getDate() === date.day;
  return same ? local.toISOString() : null;
}
