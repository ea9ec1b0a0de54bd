/** Words and shapes for the statistics view: colour breakdowns, chart segments and day names. */
import type { DayCount, ColorCounts } from '../../../shared/statistics/types';
import { HIGHLIGHT_COLORS, HIGHLIGHT_COLOR_NAMES, type HighlightColor } from '../../../shared/model';

/** A colour breakdown in words, such as "2 yellow, 1 blue" ("none" when empty). */
export function colorBreakdown(counts: ColorCounts): string {
  const parts = HIGHLIGHT_COLORS.filter((c) => counts[c] > 0).map((c) => `${counts[c]} ${HIGHLIGHT_COLOR_NAMES[c].toLowerCase()}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

/** One colour's part of a stacked bar. */
export interface ColorSegment {
  color: HighlightColor;
  count: number;
  x: number;
  width: number;
}

/** The segments of a stacked bar `width` wide: one per colour used, in toolbar order, side by side. */
export function colorSegments(counts: ColorCounts, width: number): ColorSegment[] {
  const total = HIGHLIGHT_COLORS.reduce((sum, c) => sum + counts[c], 0);
  if (total === 0) return [];
  let x = 0;
  return HIGHLIGHT_COLORS.filter((c) => counts[c] > 0).map((color) => {
    const segment = { color, count: counts[color], x, width: (counts[color] / total) * width };
    x += segment.width;
    return segment;
  });
}

/** A day's short name, "Tue 24", or "Today". `date` is `YYYY-MM-DD`. */
export function dayLabel(date: string, today: boolean): string {
  if (today) return 'Today';
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = day.toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' });
  return `${weekday} ${day.getUTCDate()}`;
}

/** The accessible name of the week chart, with every day's number. */
export function weekChartLabel(days: readonly DayCount[]): string {
  const parts = days.map((d, i) => `${dayLabel(d.date, i === days.length - 1)}: ${d.count}`);
  return `Highlights per day over the last 7 days. ${parts.join('; ')}.`;
}
