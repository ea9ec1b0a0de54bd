/**
 * What main asks the user, as an interface: Electron implements it with `dialog` and `shell`
 * (electronDialogs.ts), the e2e tests with scripted answers. The services never see it: main
 * asks first, then calls a service with the chosen path.
 */

/** Kinds of file the app opens. */
export type OpenKind = 'text' | 'annotations';

export interface Dialogs {
  /** Asks for a file to open; null when the user cancels. */
  chooseFileToOpen(kind?: OpenKind): Promise<string | null>;
  /** Asks where to save a file (the dialog itself confirms replacing a file); null when the user cancels. */
  chooseSavePath(options: { title: string; defaultName: string; extension: string }): Promise<string | null>;
  /** Asks for a folder to export into; null when the user cancels. */
  chooseFolder(options: { title: string }): Promise<string | null>;
  /** Asks whether to replace files that exist; true only when the user agrees. */
  confirmOverwrite(options: { folder: string; files: string[] }): Promise<boolean>;
  /** Shows a file in the system's file manager. */
  showInFolder(path: string): Promise<void>;
  /** Asks whether to open a document's link in the web browser, showing its whole address; true only when the user agrees. */
  confirmOpenLink(options: { href: string; documentTitle: string }): Promise<boolean>;
  /** Opens an http(s) or mailto address in the system's browser or mail program. */
  openLink(href: string): Promise<void>;
}
