import { BrowserWindow, dialog, shell } from 'electron';
import type { Dialogs, OpenKind } from './dialogs';
import { linkPrompt } from '../../shared/document/linkPrompt';
import { BOOK_EXTENSIONS } from '../../shared/import';
import { isSafeLinkUrl } from '../../shared/text/linkUrl';
import { TEXT_EXTENSIONS } from '../services/fileImport';
import { PACKET_EXTENSIONS } from '../services/packetFile';

const FILTERS: Record<OpenKind, Electron.FileFilter[]> = {
  text: [
    { name: 'Documents and packets', extensions: [...TEXT_EXTENSIONS, ...BOOK_EXTENSIONS, ...PACKET_EXTENSIONS] },
    { name: 'Text, Markdown or HTML', extensions: [...TEXT_EXTENSIONS] },
    { name: 'EPUB e-books and PDFs', extensions: [...BOOK_EXTENSIONS] },
    { name: 'Marginalia packets and hand-ins', extensions: [...PACKET_EXTENSIONS] },
  ],
  annotations: [{ name: 'W3C Web Annotations (JSON)', extensions: ['json', 'jsonld'] }],
};

/** Shows an open dialog attached to the focused window, if any; the chosen path, or null. */
async function chooseOne(options: Electron.OpenDialogOptions): Promise<string | null> {
  const window = BrowserWindow.getFocusedWindow();
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Shows a message box attached to the focused window, if any; the index of the button chosen. */
async function askOnFocusedWindow(options: Electron.MessageBoxOptions): Promise<number> {
  const window = BrowserWindow.getFocusedWindow();
  const result = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  return result.response;
}

/** The services' dialogs, implemented with Electron's native file dialogs and shell. */
export function electronDialogs(): Dialogs {
  return {
    async chooseFileToOpen(kind = 'text') {
      const options: Electron.OpenDialogOptions = {
        title: kind === 'text' ? 'Open a document' : 'Import annotations',
        properties: ['openFile'],
        filters: FILTERS[kind],
      };
      return chooseOne(options);
    },
    async chooseSavePath({ title, defaultName, extension }) {
      const options: Electron.SaveDialogOptions = {
        title,
        defaultPath: defaultName,
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
        // macOS and Windows always ask before replacing a file; GTK only when told to.
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const window = BrowserWindow.getFocusedWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFolder({ title }) {
      return chooseOne({ title, properties: ['openDirectory', 'createDirectory'] });
    },
    async confirmOverwrite({ folder, files }) {
      const listed = files.slice(0, 10).join('\n') + (files.length > 10 ? `\n… and ${files.length - 10} more` : '');
      const options: Electron.MessageBoxOptions = {
        type: 'warning',
        title: 'Replace existing files?',
        message: files.length === 1 ? `“${files[0]}” already exists in ${folder}.` : `${files.length} export files already exist in ${folder}.`,
        detail: `${listed}\n\nReplacing them overwrites their contents.`,
        buttons: ['Cancel', 'Replace'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      };
      return (await askOnFocusedWindow(options)) === 1;
    },
    async showInFolder(path) {
      shell.showItemInFolder(path);
    },
    async confirmOpenLink({ href, documentTitle }) {
      const prompt = linkPrompt(href, documentTitle);
      const options: Electron.MessageBoxOptions = {
        type: 'question',
        title: prompt.title,
        message: prompt.message,
        detail: prompt.detail,
        buttons: ['Cancel', prompt.confirm],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      };
      return (await askOnFocusedWindow(options)) === 1;
    },
    async openLink(href) {
      // Checked again here, just before the one place the app hands an address to the system.
      if (!isSafeLinkUrl(href)) throw new Error(`Refused to open ${href}`);
      await shell.openExternal(href, { activate: true });
    },
  };
}
