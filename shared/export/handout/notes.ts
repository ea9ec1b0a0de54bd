/**
 * The handout's lists: numbered notes (in the margin or at the end), the Questions section with
 * replies, and the passages that were not found.
 */
import { quoteOf } from '../../model';
import { plural } from '../../text/plural';
import { byline, noteText, quoteBlock, replyList, tagLine, authorName } from './pieces';
import type { HandoutItem, HandoutPlan } from './types';

/** One numbered note: byline, note text, tags, and replies (a question's replies are in Questions). */
export function noteEntry(item: HandoutItem): string {
  const isQuestion = item.question !== null;
  const replies = isQuestion
    ? item.replies.length > 0
      ? `<p class="muted">${plural(item.replies.length, 'reply', 'replies')}: see <a href="#question-${item.question}">Question ${item.question}</a>.</p>`
      : ''
    : replyList(item.replies);
  return `<li class="note${isQuestion ? ' is-question' : ''}" id="note-${item.number}">${byline(item)}${noteText(item.annotation.note)}${tagLine(item.annotation.tags)}${replies}</li>`;
}

/** Numbered notes as a list; `className` tells margin notes from endnotes. */
export function noteList(items: readonly HandoutItem[], className: string): string {
  return `<ol class="${className}">${items.map(noteEntry).join('')}</ol>`;
}

/** The endnotes section, or nothing when no annotation has a note. */
export function endnotesSection(plan: HandoutPlan): string {
  if (plan.numbered.length === 0) return '';
  return `<section class="endnotes" aria-labelledby="notes-title"><h2 id="notes-title">Notes</h2>${noteList(plan.numbered, 'notes endnote-list')}</section>`;
}

function passageOf(item: HandoutItem, text: string): string {
  return item.range ? text.slice(item.range.start, item.range.end) : quoteOf(item.annotation);
}

/** Every question, numbered, with its passage, the question and the replies under it. */
export function questionsSection(plan: HandoutPlan, text: string): string {
  if (plan.questions.length === 0) return '';
  const entries = plan.questions.map((item) => {
    const where = item.number !== null ? `<a href="#note-${item.number}">note [${item.number}]</a>` : 'passage not found in the text';
    const head = `<p class="byline"><strong>Question ${item.question}</strong> · asked by ${authorName(item.author)} · ${where}</p>`;
    const question = noteText(item.annotation.note) || '<p class="muted">(The question has no text.)</p>';
    const replies = item.replies.length > 0 ? replyList(item.replies) : '<p class="muted">No replies yet.</p>';
    return `<li class="question" id="question-${item.question}">${head}${quoteBlock(passageOf(item, text))}<div class="asked">${question}</div>${tagLine(item.annotation.tags)}${replies}</li>`;
  });
  return `<section class="questions" aria-labelledby="questions-title"><h2 id="questions-title">Questions</h2><ol class="question-list">${entries.join('')}</ol></section>`;
}

/** Annotations whose passage is not in the text any more: listed in full, never dropped. */
export function orphansSection(plan: HandoutPlan): string {
  if (plan.orphans.length === 0) return '';
  const entries = plan.orphans.map(
    (item) =>
      `<li class="orphan">${byline(item)}${quoteBlock(quoteOf(item.annotation))}${noteText(item.annotation.note)}${tagLine(item.annotation.tags)}${replyList(item.replies)}</li>`,
  );
  const intro = `<p class="intro">${plural(plan.orphans.length, 'annotation was', 'annotations were')} made on passages that are no longer in this text. They are kept here so nothing is lost.</p>`;
  return `<section class="orphans" aria-labelledby="orphans-title"><h2 id="orphans-title">Passages not found</h2>${intro}<ul class="orphan-list">${entries.join('')}</ul></section>`;
}
