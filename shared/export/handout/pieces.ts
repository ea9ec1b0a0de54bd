/**
 * Small HTML pieces the handout's sections share: a highlight sample, an author's byline, tags,
 * the replies under an annotation. All untrusted text is escaped; names and tags are isolated
 * with `<bdi>` so right-to-left text in one cannot reorder the words around it.
 */
import { HIGHLIGHT_COLOR_NAMES, type HighlightColor } from '../../model';
import { escapeHtml, escapeParagraphs } from './escapeHtml';
import type { HandoutItem, HandoutReply, HandoutRole } from './types';

/** The highest underline track with its own offset; deeper overlaps share it. */
export const MAX_TRACK = 3;

/** Classes of a highlight: colour, layer, own (filled) or other (underlined), underline track. */
export function highlightClasses(color: HighlightColor, layer: number, role: HandoutRole, track = 0): string {
  return `hl c-${color} a-${layer} ${role === 'own' ? 'own' : 'other'} t-${Math.min(track, MAX_TRACK)}`;
}

/** How a role is described next to an author's name. */
export const ROLE_LABELS: Readonly<Record<HandoutRole, string>> = { own: 'you', teacher: 'teacher', student: 'student', other: 'reader' };

/** A colour's name drawn in that colour's highlight style (for the notes and the key). */
export function colourSample(color: HighlightColor, layer: number, role: HandoutRole): string {
  return `<span class="${highlightClasses(color, layer, role)}">${HIGHLIGHT_COLOR_NAMES[color]}</span>`;
}

/** An author's name, isolated for bidirectional text. */
export function authorName(name: string): string {
  return `<bdi class="author">${escapeHtml(name)}</bdi>`;
}

/** "Tags: #a #b", or nothing for no tags. */
export function tagLine(tags: readonly string[]): string {
  const shown = tags.filter((t) => t.trim().length > 0);
  if (shown.length === 0) return '';
  return `<p class="tags">Tags: ${shown.map((t) => `<bdi class="tag">#${escapeHtml(t)}</bdi>`).join(' ')}</p>`;
}

/** An annotation's note as paragraphs, or nothing when it is blank. */
export function noteText(note: string): string {
  return escapeParagraphs(note);
}

/** The passage an item is on, as a block quote. */
export function quoteBlock(quote: string): string {
  const body = escapeParagraphs(quote);
  return `<blockquote class="quote">${body.length > 0 ? body : '<p class="muted">(No passage was recorded.)</p>'}</blockquote>`;
}

/** Replies under an annotation, oldest first, each with its author; nothing when there are none. */
export function replyList(replies: readonly HandoutReply[]): string {
  if (replies.length === 0) return '';
  const entries = replies.map((r) => {
    const text = noteText(r.annotation.note);
    return `<li class="reply"><p class="reply-by">${authorName(r.author)} replied:</p>${text || '<p class="muted">(An empty reply.)</p>'}${tagLine(r.annotation.tags)}</li>`;
  });
  return `<ul class="replies">${entries.join('')}</ul>`;
}

/** The first line of a note: its number, author, role and colour, and its question number. */
export function byline(item: HandoutItem): string {
  const parts = [
    `${authorName(item.author)} <span class="role">(${ROLE_LABELS[item.role]})</span>`,
    colourSample(item.color, item.layer, item.role),
  ];
  if (item.question !== null) parts.push(`<a href="#question-${item.question}">Question ${item.question}</a>`);
  const number = item.number === null ? '' : `<a class="num" href="#ref-${item.number}">[${item.number}]</a> `;
  return `<p class="byline">${number}${parts.join(' · ')}</p>`;
}
