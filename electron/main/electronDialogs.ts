import { BrowserWindow, dialog } from 'electron';
import type { Dialogs } from '../services/dialogs';
import { TEXT_EXTENSIONS } from '../services/fileImport';

/** The services' dialogs, implemented with Electron's native file dialogs. */
export function electronDialogs(): Dialogs {
  return {
    async chooseFileToOpen() {
      const owner = BrowserWindow.getFocusedWindow();
      const options: Electron.OpenDialogOptions = {
        title: 'Open a text file',
        properties: ['openFile'],
        filters: [{ name: 'Text files', extensions: [...TEXT_EXTENSIONS] }],
      };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath({ title, defaultName, extension }) {
      const owner = BrowserWindow.getFocusedWindow();
      const options: Electron.SaveDialogOptions = {
        title,
        defaultPath: defaultName,
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
