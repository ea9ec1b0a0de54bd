/**
 * The note field of one of the user's own cards: saved as it is typed (once typing pauses), when
 * the card closes, and on demand; kept in the card drafts until it is saved, so a note whose
 * save failed, or that was still being saved when the card left the page, is back in the field
 * when the card is rendered again.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { Annotation } from '../../../shared/model';
import { useCardDraft } from './useCardDraft';

/** How long typing must pause before the note is saved, in milliseconds. */
const AUTOSAVE_PAUSE = 800;

/**
 * `editable`: the card is open and the note may be changed. `send` saves a note and resolves
 * true once it is on disk.
 */
export function useNoteDraft(annotation: Annotation, editable: boolean, send: (note: string) => Promise<boolean>) {
  const [note, setNote] = useCardDraft(`note:${annotation.id}`, annotation.note);
  /** Notes sent whose saved copy has not come back yet, oldest first. */
  const echoes = useRef<string[]>([]);
  /** The note most recently sent, while its save may be on its way: the same text is not sent twice. */
  const lastSent = useRef<string | null>(null);

  // The saved note flows back into the field, except the echo of our own saves: the user may
  // have typed on while they were being written.
  const seen = useRef(annotation.note);
  useEffect(() => {
    if (annotation.note === seen.current) return;
    seen.current = annotation.note;
    const echo = echoes.current.indexOf(annotation.note);
    if (echo !== -1) {
      // Saves answer in the order they were sent: the ones before it have answered too.
      echoes.current.splice(0, echo + 1);
      if (echoes.current.length === 0) lastSent.current = null;
      return;
    }
    echoes.current = [];
    lastSent.current = null;
    setNote(annotation.note);
  }, [annotation.note, setNote]);

  const sendNote = useCallback(
    async (text: string) => {
      if (text === lastSent.current || (text === seen.current && lastSent.current === null)) return;
      lastSent.current = text;
      echoes.current.push(text);
      if (await send(text)) return;
      // Not saved: the text stays in the field (and the drafts), and may be sent again.
      const at = echoes.current.indexOf(text);
      if (at !== -1) echoes.current.splice(at, 1);
      if (lastSent.current === text) lastSent.current = null;
    },
    [send],
  );

  const latest = useRef({ note, sendNote, editable });
  latest.current = { note, sendNote, editable };

  // Save the note as it is typed, once typing pauses, so closing the app never loses it.
  useEffect(() => {
    if (!editable || note === annotation.note) return;
    const timer = setTimeout(() => void latest.current.sendNote(latest.current.note), AUTOSAVE_PAUSE);
    return () => clearTimeout(timer);
  }, [note, editable, annotation.note]);

  // A note still in its pause when the card closes (another highlight made active, the reader
  // left, the card scrolled away) is saved then: a field removed from the page never gets its blur.
  useEffect(() => {
    if (!editable) return;
    return () => void latest.current.sendNote(latest.current.note);
  }, [editable]);

  /** Saves the note now (blur, Escape, Ctrl+Enter), unless it is saved or on its way already. */
  const saveNote = useCallback(() => void sendNote(note), [sendNote, note]);

  return { note, setNote, saveNote, unsaved: note !== annotation.note };
}
