/**
 * Heuristics that classify one line of plain text. Kept apart from the parser so each rule
 * can be read and tested on its own.
 */

const TERMINAL_PUNCTUATION = /[.,;:!?…]["'”’»)\]]*$/u;
const STARTS_LIKE_A_TITLE = /^["'“‘«(]?[\p{Lu}\p{N}]/u;
const NEWS_AGENCIES = /^(?:AFP|AP|Reuters|Getty Images|EPA|EPA-EFE|Anadolu(?: Agency)?|Shutterstock|Alamy)$/u;
const CREDIT_PREFIX = /^(?:photo(?:graph)?|image|picture|credit|illustration)s?\s*(?:by\b|:)/iu;
/** "Jane Doe / AFP", "Jane Doe/Reuters via Getty Images": a short name, a slash, capitalised words. */
const NAME_SLASH_AGENCY =
  /^[^.!?:/]{2,60}\s?\/\s?\p{Lu}[\p{L}\p{N}&'-]*(?:\s(?:via\s)?[\p{Lu}\p{N}][\p{L}\p{N}&'-]*){0,4}$/u;
const LIST_MARKER = /^(?:[-*•‣◦]\s+|\d{1,3}[.)]\s+)\S/u;

/** True for a photo-credit line such as "Alexander Zemlianichenko / AFP" or "Photo: Jane Doe". */
export function isCreditLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 100) return false;
  return NEWS_AGENCIES.test(text) || CREDIT_PREFIX.test(text) || NAME_SLASH_AGENCY.test(text);
}

/** True for a short line that reads like a heading: capitalised, few words, no closing punctuation. */
export function isHeadingLike(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 120) return false;
  if (text.split(/\s+/u).length > 16) return false;
  return STARTS_LIKE_A_TITLE.test(text) && !TERMINAL_PUNCTUATION.test(text) && !isCreditLine(text);
}

/** True for a bulleted or numbered list line ("- item", "• item", "1. item"). */
export function isListItem(line: string): boolean {
  return LIST_MARKER.test(line.trim());
}
