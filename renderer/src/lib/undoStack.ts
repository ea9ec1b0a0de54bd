/**
 * Undo and redo of annotation changes. Each entry knows how to undo and redo itself; an entry
 * whose step fails stays where it was, so nothing is lost from the history. A change that
 * cannot be made again (a new version of the text) has no redo: once undone it leaves the history.
 */

/** One undoable change. */
export interface UndoEntry {
  /** What the change was, for messages: "highlight", "note", … */
  label: string;
  undo: () => Promise<boolean>;
  /** Makes the change again; absent when it cannot be redone (then redo offers nothing after its undo). */
  redo?: () => Promise<boolean>;
  /**
   * Changes with the same key made one after another (typing a note, saved as you go) merge
   * into one entry: undo goes back to before the first, redo to after the last.
   */
  mergeKey?: string;
}

/** Undo/redo history with a bounded length. */
export class UndoStack {
  private done: UndoEntry[] = [];
  private undone: UndoEntry[] = [];

  constructor(private readonly limit = 200) {}

  /** Records a change that has just been made; clears the redo history. */
  push(entry: UndoEntry): void {
    const top = this.done[this.done.length - 1];
    if (entry.mergeKey !== undefined && top?.mergeKey === entry.mergeKey && this.undone.length === 0) {
      this.done[this.done.length - 1] = { ...top, ...(entry.redo ? { redo: entry.redo } : {}) };
      return;
    }
    this.done.push(entry);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Undoes the latest change; resolves with its label, or null when there was nothing to undo or it failed. */
  async undo(): Promise<string | null> {
    const entry = this.done.pop();
    if (!entry) return null;
    if (!(await entry.undo())) {
      this.done.push(entry);
      return null;
    }
    // Changes undone on top of one that cannot be redone were made on what it undid: they go too.
    if (entry.redo) this.undone.push(entry);
    else this.undone = [];
    return entry.label;
  }

  /**
   * Undoes `entry` if it is the latest change (as a report's own Undo button does); resolves with
   * its label, or null when a later change is on top of it or its undo failed.
   */
  async undoLatest(entry: UndoEntry): Promise<string | null> {
    return this.done[this.done.length - 1] === entry ? this.undo() : null;
  }

  /** Redoes the latest undone change; resolves with its label, or null. */
  async redo(): Promise<string | null> {
    const entry = this.undone.pop();
    if (!entry?.redo) return null;
    if (!(await entry.redo())) {
      this.undone.push(entry);
      return null;
    }
    this.done.push(entry);
    return entry.label;
  }
}
