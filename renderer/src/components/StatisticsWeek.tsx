import type { WeekStatistics } from '../../../shared/statistics/types';
import { HIGHLIGHT_COLOR_NAMES } from '../../../shared/model';
import { plural } from '../../../shared/text/plural';
import { dayLabel } from '../lib/statisticsLabels';
import { WeekChart } from './StatisticsCharts';

function when(createdAt: string): string {
  const date = new Date(createdAt);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(undefined, { weekday: 'short', hour: 'numeric', minute: '2-digit' });
}

/** This week: highlights per day as a chart and a table, and the newest highlights, each opening its document. */
export function StatisticsWeek({ week, onOpenDocument }: { week: WeekStatistics; onOpenDocument: (documentId: string) => void }) {
  const last = week.days.length - 1;
  return (
    <section className="stat-section" aria-labelledby="stat-week-heading">
      <h2 id="stat-week-heading">This week</h2>
      <p className="muted">{plural(week.total, 'highlight')} made in the last 7 days.</p>
      <WeekChart days={week.days} />
      <table className="stat-table stat-days">
        <caption>Highlights per day</caption>
        <thead>
          <tr>
            {week.days.map((d, i) => (
              <th key={d.date} scope="col">
                {dayLabel(d.date, i === last)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {week.days.map((d) => (
              <td key={d.date}>{d.count}</td>
            ))}
          </tr>
        </tbody>
      </table>
      {week.recent.length > 0 ? (
        <>
          <h3 id="stat-recent-heading">Recent highlights</h3>
          {week.total > week.recent.length ? <p className="muted">The newest {week.recent.length} of {week.total}.</p> : null}
          <ul className="stat-recent" aria-labelledby="stat-recent-heading">
            {week.recent.map((r) => (
              <li key={r.annotationId}>
                <button type="button" className="stat-recent-item" onClick={() => onOpenDocument(r.documentId)}>
                  <span className={`stat-swatch stat-fill-${r.color}`} aria-hidden="true" />
                  <span className="stat-recent-quote">“{r.quote}”</span>
                  <span className="stat-recent-meta">
                    {r.title} · {HIGHLIGHT_COLOR_NAMES[r.color]}
                    {r.hasNote ? ' · with a note' : ''} · {when(r.createdAt)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
