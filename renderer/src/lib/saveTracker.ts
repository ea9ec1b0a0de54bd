/**
 * What a sidebar card says about its saves. Saves from one card overlap when the user changes
 * things faster than the disk answers; the card says Saving… until the last of them has
 * answered, then Saved, or Not saved (naming what) when any of them failed.
 */

/** The save state a card shows, and what failed (for Not saved). */
export interface SaveStatus {
  state: 'idle' | 'saving' | 'saved' | 'failed';
  /** The kinds of change that failed ("note", "tags", …), each once, in the order they failed. */
  failed: readonly string[];
}

export const IDLE_SAVE_STATUS: SaveStatus = { state: 'idle', failed: [] };

/** Counts one card's saves in flight and remembers failures until all of them have answered. */
export class SaveTracker {
  private pending = 0;
  private failures: string[] = [];

  /** A save has been sent. */
  start(): SaveStatus {
    this.pending += 1;
    return { state: 'saving', failed: [] };
  }

  /** A save of a `label` change ("note", "tags", …) has answered; `ok` says whether it was written. */
  finish(ok: boolean, label: string): SaveStatus {
    this.pending = Math.max(0, this.pending - 1);
    if (!ok && !this.failures.includes(label)) this.failures.push(label);
    if (this.pending > 0) return { state: 'saving', failed: [] };
    const failed = this.failures;
    this.failures = [];
    return failed.length > 0 ? { state: 'failed', failed } : { state: 'saved', failed: [] };
  }
}

/** Joins words as a sentence lists them: "a", "a and b", "a, b and c". */
function listed(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * The card's status line. A failed note is still in its field, so the line says so and how to
 * save it again (`saveKeys`, e.g. "Ctrl+Enter").
 */
export function saveStatusText(status: SaveStatus, saveKeys: string): string {
  switch (status.state) {
    case 'idle':
      return '';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'failed': {
      const plural = status.failed.length > 1 || status.failed[0] === 'tags';
      const what = `Your ${listed(status.failed)} ${plural ? 'were' : 'was'} not saved.`;
      const retry = !status.failed.includes('note')
        ? 'Make the change again to retry.'
        : status.failed.length > 1
          ? `The note is kept here; press ${saveKeys} to try again.`
          : `It is kept here; press ${saveKeys} to try again.`;
      return `${what} ${retry}`;
    }
  }
}
