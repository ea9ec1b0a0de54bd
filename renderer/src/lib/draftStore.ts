/**
 * Text typed in a sidebar card and not yet saved (a reply being written, a note whose save has
 * not succeeded, a tag not yet added), kept outside the card. The sidebar renders only the cards
 * near its view, so a card scrolled far away is removed from the page; its drafts are restored
 * when it is rendered again. Kept in memory for the session, keyed by annotation id and field.
 */

/** Drafts by key ("reply:<annotation id>", "note:<annotation id>", …). */
export class DraftStore {
  private readonly drafts = new Map<string, string>();

  /** Keeps `text` for `key` while it differs from `saved` and is not blank; otherwise forgets it. */
  keep(key: string, text: string, saved: string): void {
    if (text === saved || text.trim() === '') this.drafts.delete(key);
    else this.drafts.set(key, text);
  }

  /** The draft kept for `key`, if any. */
  get(key: string): string | undefined {
    return this.drafts.get(key);
  }

  /**
   * The draft for `key` if it still differs from `saved`; a draft that has since been saved
   * (its save answered while the card was away) is forgotten and undefined returned.
   */
  restore(key: string, saved: string): string | undefined {
    const draft = this.drafts.get(key);
    if (draft === undefined) return undefined;
    if (draft !== saved) return draft;
    this.drafts.delete(key);
    return undefined;
  }

  /** Forgets the draft for `key` (sent, or cancelled by the user). */
  forget(key: string): void {
    this.drafts.delete(key);
  }
}

/** The drafts of every sidebar card in this session. */
export const cardDrafts = new DraftStore();
