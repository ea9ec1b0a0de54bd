/**
 * Checks a user's export template before it is saved or used: well-formed Mustache with the
 * default {{ }} delimiters, sections closed in order, only fields the view has (in the sections
 * where they exist), no partials, and Markdown fields written with triple braces. Every problem
 * is reported as "line N, column M: …" at the tag that causes it. One linear pass over the text.
 */
import Mustache from 'mustache';
import { EXPORT_FIELDS, type FieldKind, type FieldSet } from './fields';

/** The longest template accepted, in characters. */
export const TEMPLATE_MAX_CHARS = 100_000;

/** The deepest nesting of sections accepted (rendering recurses once per level). */
export const MAX_SECTION_DEPTH = 30;

/** The outcome of a check: fine, or the first problem with where it is. */
export type TemplateCheck = { ok: true } | { ok: false; message: string; line: number; column: number };

/** One tag of the template. */
interface Tag {
  /** '&' raw, 'name' escaped, or the sigil of a section, close, comment, partial or delimiter change. */
  type: '&' | 'name' | '#' | '^' | '/' | '!' | '>' | '=';
  name: string;
  /** Offset of its opening braces. */
  at: number;
}

/** A section that is open while the tags inside it are read. */
interface OpenSection {
  name: string;
  at: number;
  /** What the section makes available: a record's fields, a list of texts, or nothing new. */
  scope: FieldSet | 'texts' | null;
}

class TemplateProblem extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

/** Every tag of `source` in order; a tag never closed is a problem at its opening braces. */
function* tags(source: string): Generator<Tag> {
  let from = 0;
  for (;;) {
    const at = source.indexOf('{{', from);
    if (at < 0) return;
    const triple = source.startsWith('{{{', at);
    const closing = triple ? '}}}' : '}}';
    const end = source.indexOf(closing, at + closing.length);
    if (end < 0) throw new TemplateProblem(at, `this tag is never closed; end it with ${closing}.`);
    const inner = source.slice(at + closing.length, end).trim();
    from = end + closing.length;
    if (triple) {
      yield { type: '&', name: inner, at };
      continue;
    }
    const sigil = inner[0] ?? '';
    if ('&#^/!>='.includes(sigil) && sigil !== '') yield { type: sigil as Tag['type'], name: inner.slice(1).trim(), at };
    else yield { type: 'name', name: inner, at };
  }
}

/** The field sets visible inside the open sections, innermost first. */
function visible(open: readonly OpenSection[]): FieldSet[] {
  const sets = open.map((s) => s.scope).filter((s): s is FieldSet => s !== null && s !== 'texts');
  return [...sets.reverse(), EXPORT_FIELDS];
}

/** What a (possibly dotted) name refers to where it is used, or undefined. */
function resolve(name: string, open: readonly OpenSection[]): FieldKind | undefined {
  const [first, ...rest] = name.split('.');
  let kind = visible(open).find((set) => Object.hasOwn(set.fields, first!))?.fields[first!];
  for (const part of rest) kind = typeof kind === 'object' && Object.hasOwn(kind.fields, part) ? kind.fields[part] : undefined;
  return kind;
}

function fieldsHere(open: readonly OpenSection[]): string {
  return [...new Set(visible(open).flatMap((set) => Object.keys(set.fields)))].join(', ');
}

/** Checks a name used in a tag; returns what it refers to. */
function checkName(tag: Tag, open: readonly OpenSection[]): FieldKind | 'texts-item' {
  if (tag.name === '.') {
    if (open.at(-1)?.scope === 'texts') return 'texts-item';
    throw new TemplateProblem(tag.at, '“.” means the current item only inside a list of texts such as {{#tags}}…{{/tags}}.');
  }
  const kind = resolve(tag.name, open);
  if (kind === undefined) throw new TemplateProblem(tag.at, `there is no field “${tag.name}” here. Fields here: ${fieldsHere(open)}.`);
  return kind;
}

function checkTag(tag: Tag, open: OpenSection[]): void {
  switch (tag.type) {
    case '!':
      return;
    case '>':
      throw new TemplateProblem(tag.at, `other templates cannot be included ({{> ${tag.name}}}); copy what you need into this one.`);
    case '=':
      throw new TemplateProblem(tag.at, 'changing the {{ }} delimiters is not supported.');
    case '/': {
      const section = open.pop();
      if (!section) throw new TemplateProblem(tag.at, `{{/${tag.name}}} closes a section that was never opened.`);
      if (section.name !== tag.name) {
        throw new TemplateProblem(tag.at, `the section “${section.name}” is closed by {{/${tag.name}}}; close it with {{/${section.name}}} first.`);
      }
      return;
    }
    case '#':
    case '^': {
      const kind = checkName(tag, open);
      if (typeof kind === 'object' && open.some((s) => s.scope === kind)) {
        throw new TemplateProblem(tag.at, `“${tag.name}” is already open here; a list cannot be repeated inside itself.`);
      }
      if (open.length >= MAX_SECTION_DEPTH) throw new TemplateProblem(tag.at, `sections are nested more than ${MAX_SECTION_DEPTH} deep.`);
      const scope = tag.type === '^' ? null : typeof kind === 'object' ? kind : kind === 'texts' ? 'texts' : null;
      open.push({ name: tag.name, at: tag.at, scope });
      return;
    }
    default: {
      const kind = checkName(tag, open);
      if (typeof kind === 'object' || kind === 'texts') {
        throw new TemplateProblem(tag.at, `“${tag.name}” is a list; go through it with {{#${tag.name}}}…{{/${tag.name}}}.`);
      }
      if (kind === 'markup' && tag.type === 'name') {
        throw new TemplateProblem(tag.at, `“${tag.name}” is already Markdown; write {{{${tag.name}}}} so it is not escaped twice.`);
      }
    }
  }
}

/** Line and column (both from 1) of an offset. */
export function lineAndColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i >= 0 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function located(source: string, at: number, message: string): TemplateCheck {
  const { line, column } = lineAndColumn(source, at);
  return { ok: false, message: `line ${line}, column ${column}: ${message}`, line, column };
}

/** Checks a template; the first problem comes back as "line N, column M: …". */
export function validateTemplate(source: string): TemplateCheck {
  if (source.length > TEMPLATE_MAX_CHARS) {
    return { ok: false, message: `The template is too long (${source.length.toLocaleString('en')} characters; at most ${TEMPLATE_MAX_CHARS.toLocaleString('en')}).`, line: 1, column: 1 };
  }
  if (source.trim().length === 0) return { ok: false, message: 'The template is empty; write what each export should contain.', line: 1, column: 1 };
  const open: OpenSection[] = [];
  try {
    for (const tag of tags(source)) checkTag(tag, open);
  } catch (error) {
    if (error instanceof TemplateProblem) return located(source, error.at, error.message);
    throw error;
  }
  const unclosed = open.at(-1);
  if (unclosed) return located(source, unclosed.at, `the section “${unclosed.name}” is never closed; add {{/${unclosed.name}}}.`);
  try {
    Mustache.parse(source);
  } catch (error) {
    // The checks above catch what Mustache refuses; this keeps any case they miss from reaching a render.
    const at = Number(/at (\d+)$/.exec(error instanceof Error ? error.message : '')?.[1] ?? 0);
    return located(source, at, error instanceof Error ? error.message : String(error));
  }
  return { ok: true };
}
