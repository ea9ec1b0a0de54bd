/**
 * Runs an app command (the ones the menu and shortcuts run) from anywhere in the page, so a
 * button deep in a view needs no callback threaded through its parents. App provides it.
 */
import { createContext, useContext } from 'react';
import type { MenuCommand } from '../../../shared/api';

/** The app's command runner; outside App it does nothing. */
export const AppCommandContext = createContext<(command: MenuCommand) => void>(() => {});

/** The function that runs an app command such as `show-statistics`. */
export function useAppCommand(): (command: MenuCommand) => void {
  return useContext(AppCommandContext);
}
