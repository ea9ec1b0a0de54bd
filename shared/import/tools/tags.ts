/**
 * Tags from another tool's file, cleaned as the app keeps tags: trimmed, inner whitespace and
 * control characters collapsed to one space, empty ones dropped, duplicates dropped, at most
 * 100 characters each and 100 per annotation.
 */
import { cutText, FOREIGN_LIMITS } from './limits';

/** How many raw entries are looked at; far more than any annotation has. */
const MAX_RAW_TAGS = 10_000;

/** One tag cleaned: no control characters, whitespace collapsed, trimmed. */
function cleanTag(tag: string): string {
  return cutText(tag, FOREIGN_LIMITS.tagChars * 4)
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The clean tags among `raw` (an array of tags, or one tag as a string), in their first order.
 * Entries that are not text, tags cut to 100 characters and tags beyond 100 each add one
 * clause to `issues`, so the reader can say what changed.
 */
export function cleanTags(raw: unknown, issues: string[]): string[] {
  if (raw === undefined || raw === null) return [];
  const entries = Array.isArray(raw) ? raw.slice(0, MAX_RAW_TAGS) : [raw];
  const tags = new Set<string>();
  let notText = 0;
  let cut = 0;
  let beyond = 0;
  for (const entry of entries) {
    if (typeof entry !== 'string') {
      notText++;
      continue;
    }
    let tag = cleanTag(entry);
    if (tag === '') continue;
    if (tag.length > FOREIGN_LIMITS.tagChars) {
      tag = cutText(tag, FOREIGN_LIMITS.tagChars).trimEnd();
      cut++;
    }
    if (tags.has(tag)) continue;
    if (tags.size >= FOREIGN_LIMITS.tagsPerAnnotation) beyond++;
    else tags.add(tag);
  }
  if (Array.isArray(raw) && raw.length > MAX_RAW_TAGS) beyond += raw.length - MAX_RAW_TAGS;
  if (notText > 0) issues.push(notText === 1 ? 'a tag that is not text was left out' : `${notText} tags that are not text were left out`);
  if (cut > 0) issues.push(cut === 1 ? `a tag longer than ${FOREIGN_LIMITS.tagChars} characters was cut` : `${cut} tags longer than ${FOREIGN_LIMITS.tagChars} characters were cut`);
  if (beyond > 0) issues.push(`it has more than ${FOREIGN_LIMITS.tagsPerAnnotation} tags and only the first ${FOREIGN_LIMITS.tagsPerAnnotation} were kept`);
  return [...tags];
}
