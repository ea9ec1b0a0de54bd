/**
 * The problems of reading one file, as plain sentences: what was skipped or changed, naming the
 * item. A file with thousands of bad items lists the first {@link MAX_LISTED_PROBLEMS} and
 * counts the rest, so the report stays readable; summaries of the whole file are always kept.
 */
import { formatCount } from './limits';

/** How many item problems are listed one by one. */
export const MAX_LISTED_PROBLEMS = 1_000;

/** Collects one file's problem sentences, listing at most {@link MAX_LISTED_PROBLEMS} about items. */
export class ProblemList {
  private readonly summaries: string[] = [];
  private readonly listed: string[] = [];
  private unlisted = 0;

  /** A sentence about the whole file: always kept, listed before the items' problems. */
  addSummary(sentence: string): void {
    this.summaries.push(sentence);
  }

  /** A sentence about one item. */
  add(sentence: string): void {
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(sentence);
    else this.unlisted++;
  }

  /** `label` (e.g. "Annotation 7") was skipped because it `reason` ("has no highlighted text"). */
  addSkip(label: string, reason: string): void {
    this.add(`${label} ${reason}, so it was skipped.`);
  }

  /** `label` was read, with the changes in `clauses` (nothing is said when there are none). */
  addChanges(label: string, clauses: readonly string[]): void {
    if (clauses.length > 0) this.add(`${label} was imported with changes: ${clauses.join('; ')}.`);
  }

  /** Every sentence, summaries first, then items' problems, then how many were not listed. */
  sentences(): string[] {
    const more =
      this.unlisted > 0 ? [`${formatCount(this.unlisted)} more annotations had problems like these; they are not listed one by one.`] : [];
    return [...this.summaries, ...this.listed, ...more];
  }
}

/** The summary for bookmarks, which hold no text to import. */
export function bookmarksSkipped(count: number): string {
  return count === 1 ? '1 bookmark was skipped: it marks a place, not text.' : `${formatCount(count)} bookmarks were skipped: they mark a place, not text.`;
}
