import type { Dialogs } from '../../electron/services/dialogs';

/** Dialogs answered from fixed lists, for service tests. */
export function answeringDialogs(open: (string | null)[] = [], save: (string | null)[] = []): Dialogs {
  return {
    chooseFileToOpen: async () => {
      if (open.length === 0) throw new Error('unexpected open dialog');
      return open.shift()!;
    },
    chooseSavePath: async () => {
      if (save.length === 0) throw new Error('unexpected save dialog');
      return save.shift()!;
    },
  };
}
