import { describe, expect, it } from 'vitest';
import { TEMPLATE_MAX_CHARS, validateTemplate } from '../../../../../shared/export/templates/validateTemplate';

function problem(source: string): string | null {
  const result = validateTemplate(source);
  return result.ok ? null : result.message;
}

describe('validateTemplate', () => {
  it('accepts templates that use known fields in their sections', () => {
    expect(problem('# {{document.title}}\n{{#annotations}}\n{{{quoteBlock}}}\n{{#tags}}#{{.}} {{/tags}}\n{{document.title}}{{#page}}, p. {{page}}{{/page}}\n{{/annotations}}\n{{^hasAnnotations}}none{{/hasAnnotations}}\n{{! a comment }}')).toBeNull();
  });

  it('points at an unknown field by line and column', () => {
    expect(problem('# {{document.title}}\n{{#annotations}}\n  {{qoute}}\n{{/annotations}}')).toBe(
      'line 3, column 3: there is no field “qoute” here. Fields here: id, quote, quoteLine, quoteBlock, note, noteLine, hasNote, tags, hasTags, tagsText, tagsAsCode, tagsAsHashtags, tagsAsLinks, colour, colourName, page, created, updated, creator, byOthers, question, orphan, document, exportedAt, exportedDate, count, hasAnnotations, annotations, orphans, hasOrphans, tagsYaml.',
    );
    expect(problem('{{document.titel}}')).toMatch(/^line 1, column 1: there is no field “document.titel” here/);
  });

  it('points at an unclosed section where it opens', () => {
    expect(problem('intro\n\n{{#annotations}}\n{{quote}}\n')).toBe('line 3, column 1: the section “annotations” is never closed; add {{/annotations}}.');
  });

  it('points at a section closed that was not opened, or closed out of order', () => {
    expect(problem('{{count}}\n{{/annotations}}')).toMatch(/^line 2, column 1: /);
    expect(problem('{{#annotations}}{{#hasNote}}{{/annotations}}{{/hasNote}}')).toMatch(/^line 1, column 29: the section “hasNote” is closed by \{\{\/annotations\}\}/);
  });

  it('refuses partials, delimiter changes and an unclosed tag, with their position', () => {
    expect(problem('a\n {{> other}}')).toBe('line 2, column 2: other templates cannot be included ({{> other}}); copy what you need into this one.');
    expect(problem('{{=<% %>=}}')).toMatch(/^line 1, column 1: changing the \{\{ \}\} delimiters is not supported/);
    expect(problem('ok\n{{quote')).toMatch(/^line 2, column 1: /);
  });

  it('asks for triple braces on fields that already hold Markdown', () => {
    expect(problem('{{#annotations}}\n{{quoteBlock}}\n{{/annotations}}')).toBe('line 2, column 1: “quoteBlock” is already Markdown; write {{{quoteBlock}}} so it is not escaped twice.');
  });

  it('refuses a list inside itself (it would repeat every annotation once per annotation)', () => {
    expect(problem('{{#annotations}}{{#annotations}}x{{/annotations}}{{/annotations}}')).toMatch(/^line 1, column 17: “annotations” is already open here/);
  });

  it('refuses "." outside a list of texts', () => {
    expect(problem('{{#annotations}}{{.}}{{/annotations}}')).toMatch(/^line 1, column 17: /);
  });

  it('refuses a template that is too long or empty', () => {
    expect(problem('x'.repeat(TEMPLATE_MAX_CHARS + 1))).toMatch(/too long/);
    expect(problem('  \n')).toMatch(/empty/);
  });
});
