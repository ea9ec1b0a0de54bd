/**
 * The printable handout: an annotated reading as ONE self-contained HTML file. It holds no
 * script and loads nothing (a Content-Security-Policy that allows only its inline style says so
 * to any browser that opens it); every piece of text from the document or the annotations is
 * escaped, so it can only ever show as text.
 *
 * Shown in order: the title and instructions, a key to colours and readers, the text with its
 * highlights and note numbers (notes in the margin, or as endnotes), the Questions with their
 * replies, and the passages that could not be found.
 */
import { documentBody } from './handout/documentBody';
import { escapeHtml, escapeParagraphs } from './handout/escapeHtml';
import { legendSection } from './handout/legend';
import { endnotesSection, orphansSection, questionsSection } from './handout/notes';
import { planHandout } from './handout/plan';
import { HANDOUT_CSS } from './handout/styles';
import type { HandoutOptions } from './handout/types';

export type { HandoutLayer, HandoutOptions, HandoutRole } from './handout/types';

/** The page's policy: nothing may load or run; only the inline style sheet applies. */
export const HANDOUT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** "2026-11-24" from an ISO time stamp; any other value is shown as it is. */
function dateOf(generatedAt: string): string {
  const match = /^\d{4}-\d{2}-\d{2}/.exec(generatedAt);
  return match ? match[0] : generatedAt;
}

function header(options: HandoutOptions, title: string): string {
  const { document } = options;
  const reading = title === document.title.trim() ? '' : `Reading: <cite>${escapeHtml(document.title)}</cite> · `;
  const meta = `<p class="meta">${reading}Source: <bdi>${escapeHtml(document.source.name)}</bdi> · Made with Marginalia on ${escapeHtml(dateOf(options.generatedAt))}</p>`;
  const instructions = escapeParagraphs(options.instructions ?? '');
  const box = instructions.length > 0 ? `<section class="instructions" aria-label="Instructions">${instructions}</section>` : '';
  return `<header><h1>${escapeHtml(title)}</h1>${meta}${box}</header>`;
}

/**
 * Builds the handout of `document` with the annotations of `layers` as one HTML page (pure:
 * the same options always give the same string). Highlights that overlap are split into
 * segments; annotations that no longer anchor are listed under "Passages not found".
 */
export function exportHandoutHtml(options: HandoutOptions): string {
  const { document } = options;
  const plan = planHandout(document.text, document.blocks, options.layers);
  const title = options.title?.trim() || document.title.trim() || 'Untitled reading';
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HANDOUT_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${HANDOUT_CSS}</style>`,
    '</head>',
    '<body>',
    header(options, title),
    legendSection(plan, options.notes),
    documentBody(document, plan, options.notes),
    options.notes === 'endnotes' ? endnotesSection(plan) : '',
    questionsSection(plan, document.text),
    orphansSection(plan),
    '</body>',
    '</html>\n',
  ]
    .filter((part) => part.length > 0)
    .join('\n');
}
