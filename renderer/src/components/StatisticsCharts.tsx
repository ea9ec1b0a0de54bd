/**
 * The statistics charts, drawn as inline SVG: a stacked bar of highlight colours and the
 * seven-day bar chart. Each is one image with its numbers in its accessible name; the numbers
 * are also written next to it or in a table, so no colour has to be told apart to read them.
 */
import type { ColorCounts, DayCount } from '../../../shared/statistics/types';
import { colorBreakdown, colorSegments, dayLabel, weekChartLabel } from '../lib/statisticsLabels';

const BAR_WIDTH = 160;
const BAR_HEIGHT = 14;

/** A stacked bar of colours, with the same numbers written after it. */
export function ColorBar({ counts, label }: { counts: ColorCounts; label: string }) {
  const words = colorBreakdown(counts);
  return (
    <span className="stat-color-bar">
      <svg role="img" aria-label={`${label}: ${words}`} height={BAR_HEIGHT} viewBox={`0 0 ${BAR_WIDTH} ${BAR_HEIGHT}`} preserveAspectRatio="none">
        <rect className="stat-bar-track" x={0} y={0} width={BAR_WIDTH} height={BAR_HEIGHT} rx={3} />
        {colorSegments(counts, BAR_WIDTH).map((s) => (
          <rect key={s.color} className={`stat-fill-${s.color}`} x={s.x} y={0} width={s.width} height={BAR_HEIGHT} vectorEffect="non-scaling-stroke" />
        ))}
      </svg>
      <span className="stat-color-words" aria-hidden="true">
        {words}
      </span>
    </span>
  );
}

const CHART_WIDTH = 420;
const CHART_HEIGHT = 160;
const PLOT_TOP = 22;
const PLOT_BOTTOM = 130;

/** The highlights of each of the last seven days as bars, each with its number above and its day below. */
export function WeekChart({ days }: { days: readonly DayCount[] }) {
  const most = Math.max(1, ...days.map((d) => d.count));
  const slot = CHART_WIDTH / days.length;
  const barWidth = slot * 0.56;
  return (
    <svg className="stat-week-chart" role="img" aria-label={weekChartLabel(days)} viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`} width={CHART_WIDTH} height={CHART_HEIGHT}>
      <line className="stat-axis" x1={0} x2={CHART_WIDTH} y1={PLOT_BOTTOM} y2={PLOT_BOTTOM} />
      {days.map((d, i) => {
        const height = (d.count / most) * (PLOT_BOTTOM - PLOT_TOP);
        const x = i * slot + (slot - barWidth) / 2;
        return (
          <g key={d.date}>
            {d.count > 0 ? <rect className="stat-week-bar" x={x} y={PLOT_BOTTOM - height} width={barWidth} height={height} rx={2} /> : null}
            <text className="stat-chart-number" x={x + barWidth / 2} y={PLOT_BOTTOM - height - 6} textAnchor="middle">
              {d.count}
            </text>
            <text className="stat-chart-day" x={x + barWidth / 2} y={PLOT_BOTTOM + 20} textAnchor="middle">
              {dayLabel(d.date, i === days.length - 1)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
