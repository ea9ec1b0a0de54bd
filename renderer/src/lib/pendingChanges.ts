/**
 * Changes to annotations sent to be saved whose answers have not all come back. A user can make
 * the next change before the last one's save has answered (two tags in quick succession on a
 * loaded machine); each change must still be undone to the state the user saw just before it,
 * and the undo history must list the changes in the order they were made, not the order their
 * saves answered.
 */
import type { Annotation } from '../../../shared/model';
import { replacedValues, withChanges, type AnnotationChanges } from './annotationChanges';

/** Called once a change's save has answered, in the order the changes were sent. */
export type RecordChange = (ok: boolean, previous: AnnotationChanges) => void;

export class PendingChanges {
  /** Per annotation id: the annotation as it will be once every change sent for it is saved. */
  private readonly expected = new Map<string, { annotation: Annotation; sending: number }>();
  /** Settles once every change sent so far has been recorded. */
  private recorded: Promise<void> = Promise.resolve();

  /**
   * Sends a change to `saved` (the annotation as the page last heard it from disk): `save` runs
   * at once; `record` runs with its outcome and the values it replaced (as the user saw them,
   * after every earlier change still being saved), after the records of all earlier changes.
   * Resolves with the outcome as soon as the save answers.
   */
  async send(saved: Annotation, changes: AnnotationChanges, save: () => Promise<boolean>, record: RecordChange): Promise<boolean> {
    const entry = this.expected.get(saved.id) ?? { annotation: saved, sending: 0 };
    const previous = replacedValues(entry.annotation, changes);
    entry.annotation = withChanges(entry.annotation, changes);
    entry.sending += 1;
    this.expected.set(saved.id, entry);

    const outcome = save().catch(() => false);
    this.recorded = this.recorded.then(async () => {
      const ok = await outcome;
      try {
        record(ok, previous);
      } catch {
        // One bad record must not keep the changes after it out of the history.
      }
    });
    const ok = await outcome;
    entry.sending -= 1;
    // Nothing more on its way: the page's copy from disk is the truth again.
    if (entry.sending === 0 && this.expected.get(saved.id) === entry) this.expected.delete(saved.id);
    return ok;
  }

  /** Resolves once every change sent so far has answered and been recorded (undo waits for this). */
  settled(): Promise<void> {
    return this.recorded;
  }
}
