/**
 * The bounds every importer of another tool's file keeps, whatever the file holds: how many
 * annotations are read, how long a note and a tag may be and how many tags one annotation
 * keeps (the same bounds the app's own API sets), and cutting text to them safely.
 */

/** The bounds themselves. */
export const FOREIGN_LIMITS = {
  /** Annotations read from one file; the rest are reported in one sentence. */
  annotations: 200_000,
  noteChars: 100_000,
  tagChars: 100,
  tagsPerAnnotation: 100,
} as const;

/** `text` cut to at most `max` UTF-16 code units, never ending on the first half of a surrogate pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** A whole number as people read it in English sentences: 200,000 (cheaper than `toLocaleString`, called per item). */
export function formatCount(n: number): string {
  const digits = String(Math.trunc(n));
  return digits.length <= 3 ? digits : digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * The note made of `parts` (the file's note texts, blank ones dropped, joined by a blank line),
 * cut to {@link FOREIGN_LIMITS.noteChars}; when cut, a clause saying so is added to `issues`.
 */
export function readNote(parts: readonly string[], issues: string[]): string {
  const note = parts.filter((p) => p.trim() !== '').join('\n\n');
  if (note.length <= FOREIGN_LIMITS.noteChars) return note;
  issues.push(`its note is longer than ${formatCount(FOREIGN_LIMITS.noteChars)} characters and only the first ${formatCount(FOREIGN_LIMITS.noteChars)} were kept`);
  return cutText(note, FOREIGN_LIMITS.noteChars);
}

/** The sentence for a file with more annotations than are read; `total` when the file says how many. */
export function tooManyAnnotations(total: number | null): string {
  const max = formatCount(FOREIGN_LIMITS.annotations);
  return total !== null && total > FOREIGN_LIMITS.annotations
    ? `The file holds ${formatCount(total)} annotations; only the first ${max} were read. Split the file to import the rest.`
    : `The file holds more than ${max} annotations; only the first ${max} were read. Split the file to import the rest.`;
}
