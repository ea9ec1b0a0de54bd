/**
 * Which tool wrote a file, decided from its content: a Readwise CSV by its header line, JSON by
 * the shape of the parsed value (a Readium AnnotationSet, W3C Annotations, collections and
 * pages, Hypothesis rows, search results and exports), Kindle's `My Clippings.txt` by its lines
 * of exactly ten "=". The file name never decides alone: it only breaks a tie (an empty list).
 */
import type { ForeignFormat } from './foreignAnnotation';
import { isRecord, parseForeignJson } from './jsonInput';
import { typesOf } from './w3cContainers';

/** A file's format with, for JSON, its parsed value (so it is parsed once); or why it has none. */
export type Detection =
  | { format: 'kindle' | 'readwise' }
  | { format: 'w3c' | 'hypothesis' | 'readium'; json: unknown }
  | { format: null; problem: string };

/** How many entries of a top-level list are looked at to tell its kind. */
const SAMPLE = 20;
/** How much of the start of a file is searched for a CSV header line. */
const HEADER_SCAN = 10_000;

/** The Readwise CSV header: its first line names the `Highlight` and `Book Title` columns. */
function isReadwiseCsv(text: string): boolean {
  const start = text.slice(0, HEADER_SCAN).replace(/^\uFEFF/, '');
  const end = start.search(/\r?\n/);
  const header = (end < 0 ? start : start.slice(0, end)).toLowerCase();
  return header.includes('highlight') && header.includes('book title');
}

// A separator line: exactly ten "=", maybe after a byte-order mark, maybe trailing spaces.
// Anchored per line, no nested quantifiers: linear on any text.
const KINDLE_SEPARATOR = /^\uFEFF?={10}[ \t]*\r?$/m;

/** Kindle's `My Clippings.txt`: entries separated by lines of exactly `==========`. */
function isKindleClippings(text: string): boolean {
  return KINDLE_SEPARATOR.test(text);
}

/** A Hypothesis row: its page is `uri`, and it has an account or Hypothesis's own fields. */
function isHypothesisRow(value: unknown): boolean {
  if (!isRecord(value) || typeof value['uri'] !== 'string') return false;
  return ['user', 'text', 'references', 'document', 'links', 'user_info'].some((field) => Object.hasOwn(value, field));
}

/** True when a JSON-LD `@context` (a string or a list) names the Web Annotation context. */
function mentionsAnnotationContext(context: unknown): boolean {
  const list = Array.isArray(context) ? context.slice(0, 8) : [context];
  return list.some((c) => typeof c === 'string' && c.includes('w3.org/ns/anno'));
}

/** What one object says it is; null when it does not say. */
function objectFormat(o: Record<string, unknown>): 'w3c' | 'hypothesis' | 'readium' | null {
  const types = typesOf(o);
  if (types.includes('AnnotationSet')) return 'readium';
  if (types.some((t) => t === 'Annotation' || t === 'AnnotationCollection' || t === 'AnnotationPage')) return 'w3c';
  if (isRecord(o['about']) && Array.isArray(o['items'])) return 'readium';
  if (Array.isArray(o['rows']) || Object.hasOwn(o, 'export_date') || Object.hasOwn(o, 'export_userid')) return 'hypothesis';
  if (Array.isArray(o['annotations']) && o['annotations'].slice(0, SAMPLE).some(isHypothesisRow)) return 'hypothesis';
  if (mentionsAnnotationContext(o['@context'])) return 'w3c';
  if (Object.hasOwn(o, 'body') || Object.hasOwn(o, 'bodyValue')) return 'w3c';
  if (isHypothesisRow(o)) return 'hypothesis';
  return null;
}

/** The format a parsed JSON value has by its shape; `fileName` only decides an empty list. */
export function jsonShapeFormat(value: unknown, fileName?: string): 'w3c' | 'hypothesis' | 'readium' | null {
  if (isRecord(value)) return objectFormat(value);
  if (!Array.isArray(value)) return null;
  let targets = 0;
  for (const entry of value.slice(0, SAMPLE)) {
    if (!isRecord(entry)) continue;
    const format = objectFormat(entry);
    if (format === 'w3c' || format === 'hypothesis') return format;
    if ('target' in entry) targets++;
  }
  // Objects with a target and nothing more telling: read as W3C, the general form.
  if (targets > 0) return 'w3c';
  if (value.length === 0) return /hypothes/i.test(fileName ?? '') ? 'hypothesis' : 'w3c';
  return null;
}

const NOT_ANNOTATIONS =
  'This file is not one Marginalia can import annotations from: it is not W3C Web Annotations, a Hypothesis export, a Readium or Thorium annotation set, a Kindle “My Clippings.txt” or a Readwise CSV export.';

/**
 * Which format `text` is in, with the parsed value for JSON formats (so it is parsed once), or
 * the sentence saying why it is none. Never throws.
 */
export function detectForeignText(text: string, fileName?: string): Detection {
  if (isReadwiseCsv(text)) return { format: 'readwise' };
  const start = text[text.search(/[^\s\uFEFF]/)];
  if (start === '{' || start === '[') {
    const parsed = parseForeignJson(text);
    if (parsed.ok) {
      const format = jsonShapeFormat(parsed.value, fileName);
      return format !== null ? { format, json: parsed.value } : { format: null, problem: NOT_ANNOTATIONS };
    }
    // A clippings file may begin with a title in brackets: it is JSON only if it parses.
    if (isKindleClippings(text)) return { format: 'kindle' };
    return { format: null, problem: parsed.problem };
  }
  if (isKindleClippings(text)) return { format: 'kindle' };
  return { format: null, problem: NOT_ANNOTATIONS };
}

/** Which tool's annotations `text` holds, from its content (`fileName` only breaks ties); null when none. */
export function detectForeignFormat(text: string, fileName?: string): ForeignFormat | null {
  try {
    return detectForeignText(text, fileName).format;
  } catch {
    return null;
  }
}
