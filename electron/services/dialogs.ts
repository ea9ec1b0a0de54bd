/**
 * What the services need from the desktop, as an interface: Electron implements it with
 * `dialog` and `shell`, tests with scripted answers. Nothing else about the platform leaks
 * into the services.
 */

/** Kinds of file the app opens. */
export type OpenKind = 'text' | 'annotations';

export interface Dialogs {
  /** Asks for a file to open; null when the user cancels. */
  chooseFileToOpen(kind?: OpenKind): Promise<string | null>;
  /** Asks where to save a file; null when the user cancels. */
  chooseSavePath(options: { title: string; defaultName: string; extension: string }): Promise<string | null>;
  /** Asks for a folder to export into; null when the user cancels. */
  chooseFolder(options: { title: string }): Promise<string | null>;
  /** Shows a file in the system's file manager. */
  showInFolder(path: string): Promise<void>;
}
