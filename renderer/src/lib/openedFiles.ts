/**
 * Files that reach the window from outside (dropped on it, or double-clicked in the file
 * manager), reported one sentence per file. Annotation files wait for their import preview,
 * shown one at a time; the sentence for each is settled once the user imports or cancels.
 */
import type { ImportPreview, ImportReport, OpenedFile } from '../../../shared/api';
import type { Notice } from '../components/NoticeBar';
import { importedText } from './importReport';
import { packetOpenedMessage } from './packetMessages';

/** What happened to one file, in words; `refused` makes the whole message an error. */
export interface OpenedLine {
  text: string;
  refused: boolean;
}

/** The files received together, and the import previews still waiting for the user. */
export interface OpenBatch {
  lines: OpenedLine[];
  /** In order; the first is the one on screen. `line` is its sentence's index in `lines`. */
  waiting: { line: number; preview: ImportPreview }[];
}

/** The sentence for one opened file, before any preview is settled. */
export function openedFileLine({ name, result }: OpenedFile): OpenedLine {
  if (!result.ok) return { text: `“${name}” was refused: ${result.error.message}`, refused: true };
  const outcome = result.value;
  switch (outcome.status) {
    case 'imported':
      return { text: [`Opened “${name}”: “${outcome.document.title}” is now in your library.`, ...(outcome.leftOut ?? [])].join(' '), refused: false };
    case 'already-in-library':
      return { text: `Opened “${name}”: “${outcome.document.title}” was already in your library, so it opened with your highlights.`, refused: false };
    case 'packet-opened':
      return { text: packetOpenedMessage(outcome.document.title, outcome.layer), refused: false };
    case 'preview':
      return { text: `“${name}” holds annotations: check the preview, then import them or cancel.`, refused: false };
  }
}

/**
 * Adds newly opened files to `batch`: to the same message while previews are still waiting,
 * otherwise as a new message.
 */
export function receiveOpened(batch: OpenBatch | null, opened: readonly OpenedFile[]): OpenBatch {
  const base: OpenBatch = batch && batch.waiting.length > 0 ? batch : { lines: [], waiting: [] };
  const lines = [...base.lines];
  const waiting = [...base.waiting];
  for (const file of opened) {
    if (file.result.ok && file.result.value.status === 'preview') waiting.push({ line: lines.length, preview: file.result.value });
    lines.push(openedFileLine(file));
  }
  return { lines, waiting };
}

/** Settles the preview on screen: imported (with its report) or cancelled (null). */
export function settleFirstPreview(batch: OpenBatch, imported: ImportReport | null): OpenBatch {
  const [first, ...rest] = batch.waiting;
  if (!first) return batch;
  const { fileName } = first.preview;
  const text = imported ? importedText(fileName, imported) : `Nothing was imported from “${fileName}”.`;
  const lines = batch.lines.map((line, index) => (index === first.line ? { text, refused: false } : line));
  return { lines, waiting: rest };
}

/** The message for the whole batch: every file's sentence on its own line, as an error when any file was refused. */
export function batchNotice(batch: OpenBatch): Notice {
  return { tone: batch.lines.some((line) => line.refused) ? 'error' : 'info', text: batch.lines.map((line) => line.text).join('\n') };
}

/** The document to show after opening `opened`: the last document or packet opened, if any. */
export function documentToShow(opened: readonly OpenedFile[]): { documentId: string; packet: boolean } | null {
  for (let i = opened.length - 1; i >= 0; i--) {
    const result = opened[i]!.result;
    if (result.ok && result.value.status !== 'preview') return { documentId: result.value.document.id, packet: result.value.status === 'packet-opened' };
  }
  return null;
}
