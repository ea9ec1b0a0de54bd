/**
 * Renders a checked template over the view of one document. Mustache's HTML escaping is
 * replaced by Markdown escaping: `{{x}}` writes x as literal Markdown text (line breaks kept),
 * `{{{x}}}` writes it as it is. No partials are passed and the view holds no functions, so
 * nothing in a template can run code; parsed templates are not cached.
 */
import Mustache from 'mustache';
import { ServiceError } from '../../errors';
import { escapeMarkdownText } from '../escapeMarkdown';
import type { AnnotatedDocument } from '../markdown';
import { validateTemplate } from './validateTemplate';
import { buildTemplateView, type ViewOptions } from './viewModel';

/** Most characters one document's export may have (a template repeating a long field for every highlight could ask for gigabytes). */
export const MAX_EXPORT_CHARS = 64_000_000;

/** The parts of Mustache's Writer that produce text, each wrapped to count what it writes. */
type ValueWriter = Record<'unescapedValue' | 'escapedValue' | 'rawValue', (...args: unknown[]) => string | undefined>;

class OutputTooLarge extends Error {}

let budget = 0;
const writer = new Mustache.Writer();
(writer as unknown as { templateCache: unknown }).templateCache = undefined;
for (const method of ['unescapedValue', 'escapedValue', 'rawValue'] as const) {
  const original = (Mustache.Writer.prototype as unknown as ValueWriter)[method];
  (writer as unknown as ValueWriter)[method] = function counted(this: unknown, ...args: unknown[]) {
    const value = original.apply(this, args);
    if (value !== undefined) {
      budget -= String(value).length;
      if (budget < 0) throw new OutputTooLarge();
    }
    return value;
  };
}

/** A value written by `{{x}}`: literal Markdown text, its line structure kept. */
export function escapeForTemplate(value: unknown): string {
  return escapeMarkdownText(String(value)).join('\n');
}

/**
 * The export of one document through `source`. Throws `ServiceError('INVALID_ARGUMENT')` with
 * "line N, column M: …" when the template is not valid.
 */
export function renderTemplate(source: string, doc: AnnotatedDocument, options: ViewOptions & { maxChars?: number }): string {
  const check = validateTemplate(source);
  if (!check.ok) throw new ServiceError('INVALID_ARGUMENT', `The template cannot be used: ${check.message}`);
  const limit = options.maxChars ?? MAX_EXPORT_CHARS;
  budget = limit;
  try {
    const text = writer.render(source, buildTemplateView(doc, options), {}, { escape: escapeForTemplate });
    return `${text.trimEnd()}\n`;
  } catch (error) {
    if (!(error instanceof OutputTooLarge)) throw error;
    throw new ServiceError(
      'INVALID_ARGUMENT',
      `The template would write more than ${limit.toLocaleString('en')} characters for “${doc.document.title}”, so nothing was exported. Repeat fewer fields for each highlight.`,
    );
  }
}
