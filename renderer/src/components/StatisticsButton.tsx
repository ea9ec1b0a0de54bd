import { ariaKeyShortcut, SHORTCUTS } from '../../../shared/shortcuts';
import { useAppCommand } from '../hooks/useAppCommand';
import { IS_MAC, shortcutText } from '../lib/platform';

/** Opens the Statistics view (View → Statistics). */
export function StatisticsButton() {
  const run = useAppCommand();
  return (
    <button
      type="button"
      onClick={() => run('show-statistics')}
      title={`Statistics of your highlights (${shortcutText('show-statistics')})`}
      aria-keyshortcuts={ariaKeyShortcut(SHORTCUTS['show-statistics'], IS_MAC)}
    >
      Statistics
    </button>
  );
}
