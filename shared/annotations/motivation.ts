/**
 * An annotation's W3C motivation follows from what it holds: a reply stays a reply, a question
 * stays a question until the author says otherwise, and anything else is "commenting" when it
 * has a note and "highlighting" when it does not.
 */
import type { Annotation, Motivation } from '../model';

/** A change to an annotation as far as its motivation is concerned. */
export interface MotivationChange {
  note?: string | undefined;
  /** True to ask students this note as a question, false to make it a plain note again. */
  question?: boolean | undefined;
}

/** The motivation of a new annotation (never a reply) with `note`, asked as a question or not. */
export function motivationFor(note: string, question = false): Motivation {
  if (question) return 'questioning';
  return note.trim() === '' ? 'highlighting' : 'commenting';
}

/** The motivation `annotation` has after `change`. */
export function motivationAfter(annotation: Pick<Annotation, 'motivation' | 'note'>, change: MotivationChange): Motivation {
  if (annotation.motivation === 'replying') return 'replying';
  const note = change.note ?? annotation.note;
  const question = change.question ?? annotation.motivation === 'questioning';
  return motivationFor(note, question);
}
