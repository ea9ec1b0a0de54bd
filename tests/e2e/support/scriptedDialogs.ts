import type { Dialogs } from '../../../electron/main/dialogs';

/**
 * Main's dialogs answered by the test instead of a person: each call takes the next queued
 * answer (a path, or null for "cancelled"). A call with nothing queued fails the test.
 */
export class ScriptedDialogs implements Dialogs {
  readonly openAnswers: (string | null)[] = [];
  readonly saveAnswers: (string | null)[] = [];
  readonly saveRequests: { title: string; defaultName: string; extension: string }[] = [];
  readonly folderAnswers: (string | null)[] = [];
  readonly shown: string[] = [];
  readonly overwriteAnswers: boolean[] = [];
  readonly overwriteQuestions: string[][] = [];

  async chooseFileToOpen(): Promise<string | null> {
    if (this.openAnswers.length === 0) throw new Error('The app asked for a file to open, but the test queued none');
    return this.openAnswers.shift()!;
  }

  async chooseFolder(): Promise<string | null> {
    if (this.folderAnswers.length === 0) throw new Error('The app asked for a folder, but the test queued none');
    return this.folderAnswers.shift()!;
  }

  async confirmOverwrite({ files }: { folder: string; files: string[] }): Promise<boolean> {
    this.overwriteQuestions.push(files);
    if (this.overwriteAnswers.length === 0) throw new Error('The app asked whether to replace files, but the test queued no answer');
    return this.overwriteAnswers.shift()!;
  }

  async showInFolder(path: string): Promise<void> {
    this.shown.push(path);
  }

  /** The links the app asked about, and those it then opened (in the browser, for a person). */
  readonly linkQuestions: { href: string; documentTitle: string }[] = [];
  readonly linkAnswers: boolean[] = [];
  readonly openedLinks: string[] = [];

  async confirmOpenLink(options: { href: string; documentTitle: string }): Promise<boolean> {
    this.linkQuestions.push(options);
    if (this.linkAnswers.length === 0) throw new Error('The app asked whether to open a link, but the test queued no answer');
    return this.linkAnswers.shift()!;
  }

  async openLink(href: string): Promise<void> {
    this.openedLinks.push(href);
  }

  async chooseSavePath(options: { title: string; defaultName: string; extension: string }): Promise<string | null> {
    this.saveRequests.push(options);
    if (this.saveAnswers.length === 0) throw new Error('The app asked where to save, but the test queued no answer');
    return this.saveAnswers.shift()!;
  }
}
