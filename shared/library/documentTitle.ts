/** The rules for a document's title as the user types it: one line, not empty, not too long. */

/** The longest title a document may have, in characters. */
export const MAX_TITLE_CHARS = 300;

/** A title checked: the cleaned title, or the sentence that says why it cannot be used. */
export type TitleCheck = { ok: true; title: string } | { ok: false; message: string };

/**
 * Cleans a title the user typed (trims it, turns line breaks, tabs and runs of spaces into one
 * space, drops control characters) and checks it is neither empty nor longer than
 * {@link MAX_TITLE_CHARS}.
 */
export function checkDocumentTitle(raw: string): TitleCheck {
  const title = raw
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (title.length === 0) return { ok: false, message: 'A title cannot be empty. Type at least one letter or digit.' };
  if (title.length > MAX_TITLE_CHARS) {
    return { ok: false, message: `A title can be at most ${MAX_TITLE_CHARS} characters long; this one has ${title.length}. Shorten it and try again.` };
  }
  return { ok: true, title };
}
