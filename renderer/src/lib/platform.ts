import { SHORTCUTS, shortcutLabel } from '../../../shared/shortcuts';
import type { MenuCommand } from '../../../shared/api';

/** True on macOS, where shortcuts use Cmd instead of Ctrl. */
export const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform);

/** The shortcut of a command as the user's platform writes it, for tooltips and labels. */
export function shortcutText(command: MenuCommand): string {
  return shortcutLabel(SHORTCUTS[command], IS_MAC);
}
