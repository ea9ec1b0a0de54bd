import { BrowserWindow, dialog, shell } from 'electron';
import type { Dialogs, OpenKind } from '../services/dialogs';
import { TEXT_EXTENSIONS } from '../services/fileImport';

const FILTERS: Record<OpenKind, Electron.FileFilter[]> = {
  text: [{ name: 'Text, Markdown or HTML', extensions: [...TEXT_EXTENSIONS] }],
  annotations: [{ name: 'W3C Web Annotations (JSON)', extensions: ['json', 'jsonld'] }],
};

/** The services' dialogs, implemented with Electron's native file dialogs and shell. */
export function electronDialogs(): Dialogs {
  const owner = () => BrowserWindow.getFocusedWindow() ?? undefined;
  return {
    async chooseFileToOpen(kind = 'text') {
      const options: Electron.OpenDialogOptions = {
        title: kind === 'text' ? 'Open a text file' : 'Import annotations',
        properties: ['openFile'],
        filters: FILTERS[kind],
      };
      const window = owner();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath({ title, defaultName, extension }) {
      const options: Electron.SaveDialogOptions = {
        title,
        defaultPath: defaultName,
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      };
      const window = owner();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFolder({ title }) {
      const options: Electron.OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory'] };
      const window = owner();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async showInFolder(path) {
      shell.showItemInFolder(path);
    },
  };
}
