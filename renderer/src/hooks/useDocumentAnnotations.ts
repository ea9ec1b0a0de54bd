/**
 * One document and its annotations in the reader: loading, anchoring, and every change made
 * through the API with an undo entry, so the screen shows only what is saved on disk.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NewVersionOutcome } from '../../../shared/api';
import type { Annotation, DocumentRecord, HighlightColor } from '../../../shared/model';
import type { Notice } from '../components/NoticeBar';
import { call } from '../lib/api';
import { shortcutText } from '../lib/platform';
import { changeLabel, type AnnotationChanges } from '../lib/annotationChanges';
import { PendingChanges } from '../lib/pendingChanges';
import { UndoStack, type UndoEntry } from '../lib/undoStack';
import { useAnchoredRanges } from './useAnchoredRanges';

/** A new version that replaced the text, and its own Undo (for the report's button). */
export interface ReplacedVersion {
  outcome: Extract<NewVersionOutcome, { status: 'replaced' }>;
  /** Brings back the earlier text and highlights, if the replace is still the latest change; resolves true once done. */
  undo: () => Promise<boolean>;
}

/**
 * Loads a document and its annotations and offers undoable changes to them. `readerAt` gives
 * the fraction of the text the reader is at (0 to 1), so passages there are anchored first.
 */
export function useDocumentAnnotations(documentId: string, onMessage: (notice: Notice) => void, readerAt?: () => number) {
  const [doc, setDoc] = useState<DocumentRecord | null>(null);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [readOnly, setReadOnly] = useState(false);
  const [loadCount, setLoadCount] = useState(0);
  const history = useRef(new UndoStack());
  const pending = useRef(new PendingChanges());
  const current = useRef<Annotation[]>([]);
  current.current = annotations;

  useEffect(() => {
    let live = true;
    void Promise.all([call('getDocument', { documentId }), call('listAnnotations', { documentId })]).then(([d, a]) => {
      if (!live) return;
      if (!d.ok) {
        onMessage({ tone: 'error', text: d.error.message });
        return;
      }
      // The text stays readable even when its highlights cannot be loaded.
      setDoc(d.value);
      if (!a.ok) {
        onMessage({ tone: 'error', text: a.error.message });
        return;
      }
      setAnnotations(a.value.annotations);
      setReadOnly(a.value.readOnly);
      if (a.value.problem) {
        onMessage({ tone: 'error', text: a.value.problem, action: { label: 'Restore from backup…', command: 'restore-backup' } });
      }
    });
    return () => {
      live = false;
    };
  }, [documentId, onMessage, loadCount]);

  /** Resolved ranges of every annotation (null for orphans; absent while still being searched for). */
  const ranges = useAnchoredRanges(doc?.text ?? null, annotations, readerAt);

  const fail = useCallback(
    (message: string) => {
      onMessage({ tone: 'error', text: message });
      return false;
    },
    [onMessage],
  );

  const rawDelete = useCallback(
    async (id: string) => {
      const result = await call('deleteAnnotation', { documentId, annotationId: id });
      if (!result.ok) return fail(result.error.message);
      setAnnotations((list) => list.filter((a) => a.id !== id));
      return true;
    },
    [documentId, fail],
  );

  const rawRestore = useCallback(
    async (annotation: Annotation) => {
      const result = await call('restoreAnnotation', { annotation });
      if (!result.ok) return fail(result.error.message);
      setAnnotations((list) => [...list, result.value].sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
      return true;
    },
    [fail],
  );

  const rawUpdate = useCallback(
    async (id: string, changes: AnnotationChanges) => {
      const result = await call('updateAnnotation', { documentId, annotationId: id, changes });
      if (!result.ok) return fail(result.error.message);
      setAnnotations((list) => list.map((a) => (a.id === id ? result.value : a)));
      return true;
    },
    [documentId, fail],
  );

  /** Creates a highlight; resolves with it once saved, or null. */
  const create = useCallback(
    async (start: number, end: number, color: HighlightColor): Promise<Annotation | null> => {
      const result = await call('createAnnotation', { documentId, start, end, color });
      if (!result.ok) {
        fail(result.error.message);
        return null;
      }
      const made = result.value;
      setAnnotations((list) => [...list, made]);
      history.current.push({ label: 'highlight', undo: () => rawDelete(made.id), redo: () => rawRestore(made) });
      return made;
    },
    [documentId, fail, rawDelete, rawRestore],
  );

  /** Adds an own annotation made by the service (a reply, a copy) with an undo entry. */
  const added = useCallback(
    (made: Annotation, label: string) => {
      setAnnotations((list) => [...list, made]);
      history.current.push({ label, undo: () => rawDelete(made.id), redo: () => rawRestore(made) });
      return made;
    },
    [rawDelete, rawRestore],
  );

  /** Answers another person's annotation (a reply in the own layer); resolves with it once saved, or null. */
  const reply = useCallback(
    async (annotationId: string, note: string): Promise<Annotation | null> => {
      const result = await call('replyToAnnotation', { documentId, annotationId, note });
      if (!result.ok) {
        fail(result.error.message);
        return null;
      }
      return added(result.value, 'reply');
    },
    [documentId, fail, added],
  );

  /** Copies another person's annotation into the own layer; resolves with the copy, or null. */
  const copyToOwn = useCallback(
    async (annotationId: string): Promise<Annotation | null> => {
      const result = await call('copyToOwn', { documentId, annotationId });
      if (!result.ok) {
        fail(result.error.message);
        return null;
      }
      return added(result.value, 'copied highlight');
    },
    [documentId, fail, added],
  );

  /**
   * Changes colour, note, tags or question of a highlight. A change made before the previous
   * one's save answered is undone to the state after that one (as the user saw it), and the
   * history keeps the changes in the order they were made.
   */
  const update = useCallback(
    async (id: string, changes: AnnotationChanges): Promise<boolean> => {
      const saved = current.current.find((a) => a.id === id);
      if (!saved) return false;
      return pending.current.send(saved, changes, () => rawUpdate(id, changes), (ok, previous) => {
        if (!ok) return;
        const label = changeLabel(changes);
        // A note saved as it is typed is one undo step, not one per pause.
        const mergeKey = label === 'note' ? `note:${id}` : undefined;
        history.current.push({ label, mergeKey, undo: () => rawUpdate(id, previous), redo: () => rawUpdate(id, changes) });
      });
    },
    [rawUpdate],
  );

  /** Deletes a highlight (undoable). */
  const remove = useCallback(
    async (id: string): Promise<boolean> => {
      const before = current.current.find((a) => a.id === id);
      if (!before) return false;
      const ok = await rawDelete(id);
      if (ok) history.current.push({ label: 'deleted highlight', undo: () => rawRestore(before), redo: () => rawDelete(id) });
      return ok;
    },
    [rawDelete, rawRestore],
  );

  // Undo and redo wait for changes still being saved, so they step through them in order.
  const undo = useCallback(async () => {
    await pending.current.settled();
    return history.current.undo();
  }, []);
  const redo = useCallback(async () => {
    await pending.current.settled();
    return history.current.redo();
  }, []);
  /** Reloads annotations from disk, e.g. after tags were renamed across the library. */
  const reload = useCallback(() => setLoadCount((n) => n + 1), []);

  /**
   * Replace with New Version…: main asks for the file; the text and highlights are reloaded.
   * Undo (Ctrl+Z or the report's button) brings back the earlier text; it cannot be redone.
   * Resolves with the outcome, or null when cancelled or refused (the reason is shown).
   */
  const replaceWithNewVersion = useCallback(async (): Promise<ReplacedVersion | null> => {
    const result = await call('replaceWithNewVersion', { documentId });
    if (!result.ok) {
      fail(result.error.message);
      return null;
    }
    if (result.value.status === 'cancelled') return null;
    reload();
    let tried = false;
    const entry: UndoEntry = {
      label: 'new version of the text',
      undo: async () => {
        tried = true;
        const undone = await call('undoNewVersion', { documentId });
        if (!undone.ok) return fail(undone.error.message);
        reload();
        return true;
      },
    };
    history.current.push(entry);
    return {
      outcome: result.value,
      undo: async () => {
        tried = false;
        if ((await history.current.undoLatest(entry)) !== null) return true;
        // Its own failure was already shown; otherwise a later change is in the way.
        if (!tried) fail(`Undo the changes made after the new version first (${shortcutText('undo')} for each), then undo the new version.`);
        return false;
      },
    };
  }, [documentId, fail, reload]);

  /** Puts an orphaned highlight on a passage of the current text (undoable); resolves true once saved. */
  const reattach = useCallback(
    async (id: string, start: number, end: number): Promise<boolean> => {
      const before = current.current.find((a) => a.id === id);
      if (!before) return false;
      const attach = async () => {
        const result = await call('reattachAnnotation', { documentId, annotationId: id, start, end });
        if (!result.ok) return fail(result.error.message);
        setAnnotations((list) => list.map((a) => (a.id === id ? result.value : a)));
        return true;
      };
      const ok = await attach();
      if (ok) history.current.push({ label: 'attached highlight', undo: async () => (await rawDelete(id)) && rawRestore(before), redo: attach });
      return ok;
    },
    [documentId, fail, rawDelete, rawRestore],
  );

  return { doc, annotations, readOnly, ranges, loadCount, create, update, remove, reply, copyToOwn, undo, redo, reload, replaceWithNewVersion, reattach };
}
