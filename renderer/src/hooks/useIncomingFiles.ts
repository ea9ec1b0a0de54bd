/**
 * Files that reach the app from outside the window: dropped on it, or double-clicked in the
 * file manager (main sends those). Both are handled alike: documents and packets open as
 * File → Open… would, annotation files wait in their import preview (one at a time), and one
 * message reports every file's outcome, updated as each preview is imported or cancelled.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportPreview, ImportReport, OpenedFile } from '../../../shared/api';
import type { Notice } from '../components/NoticeBar';
import { onFileOpened, openDroppedFiles } from '../lib/api';
import { batchNotice, documentToShow, receiveOpened, settleFirstPreview, type OpenBatch } from '../lib/openedFiles';
import { useFileDrop } from './useFileDrop';

interface IncomingFilesOptions {
  /** Shows a document that was opened (the last of those opened together); `packet` when a packet or hand-in brought a layer. */
  onOpenDocument: (documentId: string, packet: boolean) => void;
  onNotice: (notice: Notice) => void;
}

export interface IncomingFiles {
  /** True while files are dragged over the window. */
  dragging: boolean;
  /** The import preview to show now, if any. */
  preview: ImportPreview | null;
  /** The preview on screen was imported (its report) or cancelled (null). */
  settle: (imported: ImportReport | null) => void;
}

/** Receives dropped and double-clicked files and reports each. */
export function useIncomingFiles({ onOpenDocument, onNotice }: IncomingFilesOptions): IncomingFiles {
  const [batch, setBatch] = useState<OpenBatch | null>(null);
  const current = useRef<OpenBatch | null>(null);

  const update = useCallback(
    (next: OpenBatch) => {
      current.current = next;
      setBatch(next);
      onNotice(batchNotice(next));
    },
    [onNotice],
  );

  const receive = useCallback(
    (opened: readonly OpenedFile[]) => {
      if (opened.length === 0) return;
      const shown = documentToShow(opened);
      if (shown) onOpenDocument(shown.documentId, shown.packet);
      update(receiveOpened(current.current, opened));
    },
    [onOpenDocument, update],
  );

  useEffect(() => onFileOpened((opened) => receive([opened])), [receive]);

  const dragging = useFileDrop(
    useCallback(
      (files: File[]) => {
        void openDroppedFiles(files).then(receive);
      },
      [receive],
    ),
  );

  const settle = useCallback(
    (imported: ImportReport | null) => {
      if (current.current) update(settleFirstPreview(current.current, imported));
    },
    [update],
  );

  return { dragging, preview: batch?.waiting[0]?.preview ?? null, settle };
}
