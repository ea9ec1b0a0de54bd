import { useAppCommand } from '../hooks/useAppCommand';
import { shortcutText } from '../lib/platform';

/** Opens the Statistics view (View → Statistics). */
export function StatisticsButton() {
  const run = useAppCommand();
  return (
    <button type="button" onClick={() => run('show-statistics')} title={`Statistics of your highlights (${shortcutText('show-statistics')})`}>
      Statistics
    </button>
  );
}
