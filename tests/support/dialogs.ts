import type { Dialogs } from '../../electron/services/dialogs';

/** Dialogs answered from fixed lists, for service tests; shown paths are recorded. */
export function answeringDialogs(
  open: (string | null)[] = [],
  save: (string | null)[] = [],
  folders: (string | null)[] = [],
): Dialogs & { shown: string[] } {
  const shown: string[] = [];
  const next = (list: (string | null)[], what: string) => {
    if (list.length === 0) throw new Error(`unexpected ${what} dialog`);
    return list.shift()!;
  };
  return {
    shown,
    chooseFileToOpen: async () => next(open, 'open'),
    chooseSavePath: async () => next(save, 'save'),
    chooseFolder: async () => next(folders, 'folder'),
    showInFolder: async (path) => {
      shown.push(path);
    },
  };
}
