import { useEffect, useState } from 'react';
import type { LibraryStatistics } from '../../../shared/statistics/types';
import { call } from '../lib/api';
import { shortcutText } from '../lib/platform';
import { ColorBar } from './StatisticsCharts';
import { DocumentTable, TagTable } from './StatisticsTables';
import { StatisticsWeek } from './StatisticsWeek';

interface StatisticsViewProps {
  onBack: () => void;
  onOpenDocument: (documentId: string) => void;
  onError: (message: string) => void;
}

/** Statistics of the user's highlights: totals, this week, by document and by tag. */
export function StatisticsView({ onBack, onOpenDocument, onError }: StatisticsViewProps) {
  const [stats, setStats] = useState<LibraryStatistics | null>(null);

  useEffect(() => {
    let live = true;
    void call('getStatistics', { utcOffsetMinutes: -new Date().getTimezoneOffset() }).then((result) => {
      if (!live) return;
      if (result.ok) setStats(result.value);
      else onError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [onError]);

  return (
    <main className="statistics" aria-labelledby="statistics-heading">
      <header className="library-header">
        <button type="button" onClick={onBack} title={`Back to the library (${shortcutText('show-library')})`}>
          ← Library
        </button>
        <h1 id="statistics-heading">Statistics</h1>
      </header>
      {stats?.problems.map((problem) => (
        <p key={problem} className="stat-problem">
          {problem}
        </p>
      ))}
      {stats === null ? (
        <p className="muted">Counting your highlights…</p>
      ) : stats.totals.highlights === 0 ? (
        <p className="stat-empty">
          You have no highlights yet. Open a reading from the library, select a passage and press {shortcutText('highlight')} to highlight it; your
          statistics will appear here.
        </p>
      ) : (
        <>
          <section className="stat-section" aria-labelledby="stat-overview-heading">
            <h2 id="stat-overview-heading">Overview</h2>
            <ul className="stat-totals">
              <li>
                <strong>{stats.totals.highlights}</strong> highlights
              </li>
              <li>
                <strong>{stats.totals.notes}</strong> with notes
              </li>
              <li>
                <strong>{stats.totals.tags}</strong> tags
              </li>
              <li>
                <strong>{stats.totals.documentsAnnotated}</strong> of {stats.totals.documents} documents annotated
              </li>
            </ul>
            <p className="stat-all-colors">
              <span>All highlights by colour:</span> <ColorBar counts={stats.byColor} label="All highlights by colour" />
            </p>
          </section>
          <StatisticsWeek week={stats.week} onOpenDocument={onOpenDocument} />
          <DocumentTable documents={stats.documents} onOpenDocument={onOpenDocument} />
          <TagTable tags={stats.tags} />
          <p className="muted stat-footnote">Counts are of your own highlights; other people’s layers are not included.</p>
        </>
      )}
    </main>
  );
}
