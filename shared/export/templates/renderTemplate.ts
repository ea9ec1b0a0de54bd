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

const writer = new Mustache.Writer();
(writer as unknown as { templateCache: unknown }).templateCache = undefined;

/** A value written by `{{x}}`: literal Markdown text, its line structure kept. */
export function escapeForTemplate(value: unknown): string {
  return escapeMarkdownText(String(value)).join('\n');
}

/**
 * The export of one document through `source`. Throws `ServiceError('INVALID_ARGUMENT')` with
 * "line N, column M: …" when the template is not valid.
 */
export function renderTemplate(source: string, doc: AnnotatedDocument, options: ViewOptions): string {
  const check = validateTemplate(source);
  if (!check.ok) throw new ServiceError('INVALID_ARGUMENT', `The template cannot be used: ${check.message}`);
  const text = writer.render(source, buildTemplateView(doc, options), {}, { escape: escapeForTemplate });
  return `${text.replace(/\s+$/, '')}\n`;
}
