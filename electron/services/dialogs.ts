/**
 * The native dialogs the services need, as an interface: Electron implements it with
 * `dialog`, tests with a scripted answer. Nothing else about the platform leaks into services.
 */
export interface Dialogs {
  /** Asks for a text file to open; null when the user cancels. */
  chooseFileToOpen(): Promise<string | null>;
  /** Asks where to save an export; null when the user cancels. */
  chooseSavePath(options: { title: string; defaultName: string; extension: string }): Promise<string | null>;
}
