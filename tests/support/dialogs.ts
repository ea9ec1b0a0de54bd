import type { Dialogs } from '../../electron/main/dialogs';

/** Dialogs answered from fixed lists, for service tests; shown paths and overwrite questions are recorded. */
export function answeringDialogs(
  open: (string | null)[] = [],
  save: (string | null)[] = [],
  folders: (string | null)[] = [],
  overwrite: boolean[] = [],
  links: boolean[] = [],
): Dialogs & { shown: string[]; overwriteQuestions: string[][]; linkQuestions: string[]; openedLinks: string[] } {
  const shown: string[] = [];
  const linkQuestions: string[] = [];
  const openedLinks: string[] = [];
  const overwriteQuestions: string[][] = [];
  const next = <T>(list: T[], what: string): T => {
    if (list.length === 0) throw new Error(`unexpected ${what} dialog`);
    return list.shift()!;
  };
  return {
    shown,
    overwriteQuestions,
    linkQuestions,
    openedLinks,
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
    confirmOpenLink: async ({ href }) => {
      linkQuestions.push(href);
      return next(links, 'link');
    },
    openLink: async (href: string) => {
      openedLinks.push(href);
    },
  };
}
