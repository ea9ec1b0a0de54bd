import type { Dialogs } from '../../electron/main/dialogs';

/** Dialogs answered from fixed lists, for service tests; shown paths and overwrite questions are recorded. */
export function answeringDialogs(
  open: (string | null)[] = [],
  save: (string | null)[] = [],
  folders: (string | null)[] = [],
  overwrite: boolean[] = [],
): Dialogs & { shown: string[]; overwriteQuestions: string[][] } {
  const shown: string[] = [];
  const overwriteQuestions: string[][] = [];
  const next = <T>(list: T[], what: string): T => {
    if (list.length === 0) throw new Error(`unexpected ${what} dialog`);
    return list.shift()!;
  };
  return {
    shown,
    overwriteQuestions,
    chooseFileToOpen: async () => next(open, 'open'),
    chooseSavePath: async () => next(save, 'save'),
    chooseFolder: async () => next(folders, 'folder'),
    confirmOverwrite: async ({ files }) => {
      overwriteQuestions.push(files);
      return next(overwrite, 'overwrite');
    },
    showInFolder: async (path: string) => {
      shown.push(path);
    },
  };
}
