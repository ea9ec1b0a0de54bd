/** The last seven days in the user's time zone: their dates, and which of them a time stamp falls on. */

const DAY_MS = 86_400_000;

/** The seven days up to and including today, and a way to place a time stamp among them. */
export interface SevenDays {
  /** Local dates `YYYY-MM-DD`, oldest first; the last is today. */
  dates: string[];
  /** The day (0 = six days ago, 6 = today) `timestamp` falls on, or null when outside the week or not a date. */
  dayOf(timestamp: string): number | null;
  /** The same for a time in milliseconds since 1970 (NaN for no date). */
  dayOfTime(time: number): number | null;
}

/**
 * The seven local days ending on the day of `now`, where local time is UTC plus
 * `utcOffsetMinutes` (120 in Athens in winter, -300 in New York).
 */
export function sevenDays(now: Date, utcOffsetMinutes: number): SevenDays {
  const offsetMs = utcOffsetMinutes * 60_000;
  const today = Math.floor((now.getTime() + offsetMs) / DAY_MS);
  const first = today - 6;
  const dates = Array.from({ length: 7 }, (_, i) => new Date((first + i) * DAY_MS).toISOString().slice(0, 10));
  const dayOfTime = (time: number): number | null => {
    if (Number.isNaN(time)) return null;
    const day = Math.floor((time + offsetMs) / DAY_MS) - first;
    return day >= 0 && day < 7 ? day : null;
  };
  return { dates, dayOf: (timestamp) => dayOfTime(Date.parse(timestamp)), dayOfTime };
}
