/**
 * A change to one of the user's own annotations (colour, note, tags, asking it as a question),
 * and the pure helpers undo needs: the values a change replaces, and the annotation after it.
 */
import type { Annotation } from '../../../shared/model';

/** A change to an own annotation; `question` asks students its note as a question (or stops asking). */
export type AnnotationChanges = Partial<Pick<Annotation, 'color' | 'note' | 'tags'>> & { question?: boolean };

/** The values `changes` will replace in `annotation`, so the change can be undone. */
export function replacedValues(annotation: Annotation, changes: AnnotationChanges): AnnotationChanges {
  return Object.fromEntries(
    Object.keys(changes).map((k) => [k, k === 'question' ? annotation.motivation === 'questioning' : annotation[k as 'color' | 'note' | 'tags']]),
  );
}

/** `annotation` as it is once `changes` are saved (as far as {@link replacedValues} reads it). */
export function withChanges(annotation: Annotation, changes: AnnotationChanges): Annotation {
  const { question, ...fields } = changes;
  const next: Annotation = { ...annotation, ...fields };
  if (question === true) next.motivation = 'questioning';
  else if (question === false && annotation.motivation === 'questioning') next.motivation = 'commenting';
  return next;
}

/** What a change is called in messages and in the undo history: "note", "tags", "question" or "colour". */
export function changeLabel(changes: AnnotationChanges): string {
  return 'note' in changes ? 'note' : 'tags' in changes ? 'tags' : 'question' in changes ? 'question' : 'colour';
}
