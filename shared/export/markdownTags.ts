/**
 * How tags are written in a Markdown export. By default each tag is an inline code span, which
 * CommonMark and Obsidian both show as exactly the tag's text (and Obsidian does not take for a
 * tag of its own). As `#hashtags`, a tag that Obsidian accepts as a tag and that CommonMark
 * reads back unchanged is written `#tag`; any other tag keeps the code span, never a mangled
 * name. The front matter's `tags:` list always holds every tag exactly.
 */
import { exportableTag } from './exportableText';

/** How the Tags line writes tags: exact text, or `#hashtags` where a tag can be one. */
export type TagStyle = 'text' | 'hashtag';

/** Letters (any script), digits, `_`, `-` and `/`: what Obsidian allows in a tag. */
const OBSIDIAN_TAG_CHARS = /^[\p{L}\p{N}_\-/]+$/u;
/** A tag must have something besides digits (and the `/` of nested tags). */
const NOT_ONLY_NUMBERS = /[^\p{N}/]/u;
/** A nested tag's `/` separates non-empty parts. */
const EMPTY_NEST = /^\/|\/$|\/\//;
/** `_` that could open or close emphasis: next to anything but a letter or digit. */
const LOOSE_UNDERSCORE = /(?:^|[^\p{L}\p{N}_])_|_(?:[^\p{L}\p{N}_]|$)/u;

/**
 * True when `#tag` is both a tag in Obsidian and plain text `#tag` in CommonMark: letters,
 * digits, `_`, `-` and `/` only, not only digits, no empty nesting level, and every `_`
 * between letters or digits (elsewhere it could start emphasis).
 */
export function isHashtagSafe(tag: string): boolean {
  return OBSIDIAN_TAG_CHARS.test(tag) && NOT_ONLY_NUMBERS.test(tag) && !EMPTY_NEST.test(tag) && !LOOSE_UNDERSCORE.test(tag);
}

/**
 * An inline code span whose content reads back as exactly `text` (which must hold no line
 * break): the fence is one backtick longer than any run inside, and one space pads each side
 * when the text starts or ends with a backtick, or starts and ends with a space.
 */
export function codeSpan(text: string): string {
  let longestRun = 0;
  for (const run of text.matchAll(/`+/g)) longestRun = Math.max(longestRun, run[0].length);
  const fence = '`'.repeat(longestRun + 1);
  const pad = /^`|`$/.test(text) || (/^ /.test(text) && / $/.test(text) && /[^ ]/.test(text)) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * One tag as written on the Tags line: `#tag` with the hashtag style when the tag can be one,
 * otherwise a code span of its exact text. Control characters are dropped; an empty tag is ''.
 */
export function formatTag(tag: string, style: TagStyle): string {
  const label = exportableTag(tag);
  if (label === '') return '';
  return style === 'hashtag' && isHashtagSafe(label) ? `#${label}` : codeSpan(label);
}

/** The tags of one highlight for its Tags line, separated by spaces; empty tags are left out. */
export function formatTags(tags: readonly string[], style: TagStyle): string {
  return tags
    .map((tag) => formatTag(tag, style))
    .filter((written) => written !== '')
    .join(' ');
}
