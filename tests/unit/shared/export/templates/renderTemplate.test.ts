import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../../../shared/export/templates/renderTemplate';
import { MAX_SECTION_DEPTH, validateTemplate } from '../../../../../shared/export/templates/validateTemplate';
import { annotateQuote, documentFrom, TRICKY_TEXT } from '../../../../support/exportFixture';

const doc = documentFrom(TRICKY_TEXT, 'A *title*');
const one = annotateQuote(doc, 'Plain opening sentence', { note: 'a <b>note</b>', tags: ['x'] });
const options = { exportedAt: '2026-02-03T04:05:06.000Z' };

describe('renderTemplate', () => {
  it('escapes {{field}} as Markdown and writes {{{field}}} as it is', () => {
    expect(renderTemplate('{{document.title}} | {{{document.title}}} | {{#annotations}}{{note}} | {{{note}}}{{/annotations}}', { document: doc, annotations: [one] }, options)).toBe(
      'A \\*title\\* | A *title* | a \\<b\\>note\\</b\\> | a <b>note</b>\n',
    );
  });

  it('never runs a lambda or reads a partial: the view is data and partials are refused', () => {
    expect(() => renderTemplate('{{> x}}', { document: doc, annotations: [one] }, options)).toThrow(/cannot be included/);
    expect(renderTemplate('{{#annotations}}{{#hasNote}}yes{{/hasNote}}{{/annotations}}', { document: doc, annotations: [one] }, options)).toBe('yes\n');
  });

  it('stops a template whose output would be too large instead of filling memory', () => {
    const many = Array.from({ length: 400 }, () => one);
    const heavy = `{{#annotations}}${'{{{quoteBlock}}}'.repeat(6_000)}{{/annotations}}`;
    expect(() => renderTemplate(heavy, { document: doc, annotations: many }, { ...options, maxChars: 1_000_000 })).toThrow(/more than 1,000,000 characters/);
  });

  it('refuses sections nested deeper than the limit, at the one too deep', () => {
    const deep = `${'{{#hasAnnotations}}'.repeat(MAX_SECTION_DEPTH + 1)}x${'{{/hasAnnotations}}'.repeat(MAX_SECTION_DEPTH + 1)}`;
    const check = validateTemplate(deep);
    expect(check.ok ? null : check.message).toBe(`line 1, column ${MAX_SECTION_DEPTH * 19 + 1}: sections are nested more than ${MAX_SECTION_DEPTH} deep.`);
  });
});
