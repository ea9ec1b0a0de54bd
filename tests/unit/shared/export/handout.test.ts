import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { anchor, describeRange } from '../../../../shared/anchoring';
import { exportHandoutHtml, HANDOUT_CSP, type HandoutLayer, type HandoutOptions } from '../../../../shared/export/handout';
import { assembleBlocks, parsePlainText, type DraftBlock } from '../../../../shared/import/plainText';
import type { Annotation, DocumentRecord, HighlightColor, Motivation, Person, Selector } from '../../../../shared/model';
import { SEED_FILES, readSeed } from '../../../support/seeds';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures');
const HOSTILE_NOTE = '<img src=x onerror=alert(1)>';

// ---- building documents and annotations ----

function documentOf(drafts: readonly DraftBlock[] | string, title = 'A reading'): DocumentRecord {
  const { text, blocks } = typeof drafts === 'string' ? parsePlainText(drafts) : assembleBlocks(drafts);
  return { id: 'doc', title, source: { kind: 'file', name: 'reading.txt', importedAt: '2026-11-01T00:00:00.000Z', sha256: '0' }, text, blocks };
}

function person(name: string, n: number): Person {
  return { id: `urn:uuid:00000000-0000-4000-8000-00000000000${n}`, type: 'Person', name };
}
const TEACHER = person('Ms Rivera', 1);
const SAM = person('Sam', 2);
const NOOR = person('Noor', 3);

let made = 0;
interface Extra {
  color?: HighlightColor;
  note?: string;
  tags?: string[];
  motivation?: Motivation;
  replyTo?: string;
  id?: string;
  createdAt?: string;
  selector?: Selector[];
}
/** An annotation of `creator` on `[start, end)` of the document, or on the given selectors. */
function note(doc: DocumentRecord, creator: Person, range: [number, number] | null, extra: Extra = {}): Annotation {
  made++;
  const time = extra.createdAt ?? `2026-11-02T00:00:${String(made % 60).padStart(2, '0')}.000Z`;
  return {
    id: extra.id ?? `a${made}`,
    documentId: doc.id,
    target: { selector: extra.selector ?? (range ? describeRange(doc.text, range[0], range[1]) : []) },
    color: extra.color ?? 'yellow',
    note: extra.note ?? '',
    tags: extra.tags ?? [],
    origin: 'own',
    creator,
    motivation: extra.motivation ?? (extra.replyTo ? 'replying' : extra.note ? 'commenting' : 'highlighting'),
    ...(extra.replyTo ? { replyTo: extra.replyTo } : {}),
    createdAt: time,
    updatedAt: time,
  };
}

/** The range of the first occurrence of `exact` in the document. */
function find(doc: DocumentRecord, exact: string): [number, number] {
  const start = doc.text.indexOf(exact);
  if (start < 0) throw new Error(`"${exact}" is not in the text`);
  return [start, start + exact.length];
}

function handout(document: DocumentRecord, layers: HandoutLayer[], extra: Partial<HandoutOptions> = {}): string {
  return exportHandoutHtml({ document, layers, notes: 'margin', generatedAt: '2026-11-24T10:00:00.000Z', ...extra });
}

// ---- reading the page back with parse5 ----

interface Page {
  root: Element;
  errors: string[];
}

function read(html: string): Page {
  const errors: string[] = [];
  const doc = parse(html, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
  const root = doc.childNodes.find((n): n is Element => 'tagName' in n)!;
  return { root, errors };
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const childrenOf = (node: Node): Node[] => ('childNodes' in node ? node.childNodes : []);

function all(node: Node, test: (el: Element) => boolean = () => true): Element[] {
  const found: Element[] = [];
  const stack = [...childrenOf(node)].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (isElement(next)) {
      if (test(next)) found.push(next);
      stack.push(...[...childrenOf(next)].reverse());
    }
  }
  return found;
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const hasClass = (el: Element, name: string) => (attr(el, 'class') ?? '').split(' ').includes(name);
const tag = (name: string) => (el: Element) => el.tagName === name;
const cls = (name: string) => (el: Element) => hasClass(el, name);

function text(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (isElement(node) && node.tagName === 'br') return '\n';
  return childrenOf(node).map(text).join('');
}

function byId(page: Page, id: string): Element {
  const found = all(page.root, (el) => attr(el, 'id') === id);
  expect(found, `one element with id ${id}`).toHaveLength(1);
  return found[0]!;
}

function ancestors(page: Page, target: Element): Element[] {
  const chain: Element[] = [];
  for (let p = target.parentNode; p && isElement(p); p = p.parentNode) chain.push(p);
  return chain;
}

/** One rendered block of the document: its text, and the marks over each character. */
interface RenderedBlock {
  text: string;
  marks: Element[][];
}

/** The document's blocks as rendered, in order: h2, p, blockquote, li and pre outside the notes. */
function renderedBlocks(page: Page): RenderedBlock[] {
  const article = all(page.root, cls('reading'))[0]!;
  const blocks: RenderedBlock[] = [];
  const walk = (node: Node, marks: Element[], into: RenderedBlock) => {
    if (node.nodeName === '#text') {
      for (const ch of (node as DefaultTreeAdapterTypes.TextNode).value) {
        into.text += ch;
        for (let i = 0; i < ch.length; i++) into.marks.push(marks);
      }
    } else if (isElement(node)) {
      if (node.tagName === 'sup') return;
      if (node.tagName === 'br') {
        into.text += '\n';
        into.marks.push(marks);
        return;
      }
      const inner = node.tagName === 'mark' ? [...marks, node] : marks;
      for (const child of node.childNodes) walk(child, inner, into);
    }
  };
  const visit = (node: Node) => {
    for (const child of childrenOf(node)) {
      if (!isElement(child) || child.tagName === 'aside') continue;
      if (['h2', 'p', 'blockquote', 'li', 'pre'].includes(child.tagName)) {
        const block = { text: '', marks: [] };
        walk(child, [], block);
        blocks.push(block);
      } else visit(child);
    }
  };
  visit(article);
  return blocks;
}

/** The range widened to whole characters: a highlight never splits a surrogate pair. */
function wholeCharacters(text: string, range: { start: number; end: number }) {
  const low = (i: number) => /[\uDC00-\uDFFF]/.test(text.charAt(i));
  return { start: range.start - (low(range.start) && range.start > 0 ? 1 : 0), end: range.end + (low(range.end) ? 1 : 0) };
}

/** Control characters the handout drops (all but tab and line feed). */
const CONTROL = /(?![\t\n])\p{Cc}/u;

/**
 * Checks that the rendered text is the document's text block by block (without control
 * characters), and that each character is inside exactly one mark per anchored highlight over
 * it, in that highlight's colour and layer.
 */
function expectFaithfulMarks(page: Page, doc: DocumentRecord, layers: readonly HandoutLayer[], placedIds?: Set<string>) {
  const over: string[][][][] = doc.blocks.map((b) => Array.from({ length: b.end - b.start }, (): string[][] => []));
  layers.forEach((layer, index) =>
    layer.annotations
      .filter((a) => placedIds?.has(a.id) ?? true)
      .forEach((a) => {
        const range = wholeCharacters(doc.text, anchor(doc.text, a.target.selector)!);
        doc.blocks.forEach((b, i) => {
          for (let at = Math.max(range.start, b.start); at < Math.min(range.end, b.end); at++) over[i]![at - b.start]!.push([`c-${a.color}`, `a-${index}`]);
        });
      }),
  );
  const kept = doc.blocks.map((b, i) => {
    const own = doc.text.slice(b.start, b.end);
    const chars = [...own].flatMap((ch) => (ch.length === 2 ? [ch, ''] : [ch]));
    return chars.map((ch, at) => ({ ch, over: over[i]![at]! })).filter((c) => !CONTROL.test(c.ch));
  });
  const rendered = renderedBlocks(page);
  expect(rendered.map((b) => b.text)).toEqual(kept.map((b) => b.map((c) => c.ch).join('')));
  rendered.forEach((block, i) =>
    block.marks.forEach((marks, at) => {
      const expected = kept[i]![at]!.over;
      expect(marks.length, `marks over character ${at} of block ${i}`).toBe(expected.length);
      for (const want of expected) expect(marks.some((m) => want.every((c) => hasClass(m, c))), `a ${want.join(' ')} mark at ${at} of block ${i}`).toBe(true);
    }),
  );
}

// ---- the safety checks every handout must pass ----

const ALLOWED_ELEMENTS = new Set(
  'html head meta title style body header h1 h2 h3 p br cite bdi section article div aside ul ol li mark sup a span strong blockquote pre code'.split(' '),
);
const ALLOWED_ATTRIBUTES = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'id', 'href', 'title', 'aria-label', 'aria-labelledby']);

function expectInert(html: string): Page {
  const page = read(html);
  expect(page.errors).toEqual([]);
  const elements = all(page.root).concat(page.root);
  expect(elements.filter((el) => !ALLOWED_ELEMENTS.has(el.tagName)).map((el) => el.tagName)).toEqual([]);
  expect(all(page.root, tag('script'))).toEqual([]);
  for (const el of elements) {
    for (const a of el.attrs) {
      expect(ALLOWED_ATTRIBUTES.has(a.name), `attribute ${a.name} on <${el.tagName}>`).toBe(true);
      expect(a.name.startsWith('on')).toBe(false);
    }
  }
  expect(elements.filter((el) => attr(el, 'src') !== undefined)).toEqual([]);
  const ids = new Set(elements.map((el) => attr(el, 'id')).filter((id): id is string => id !== undefined));
  expect(ids.size, 'ids are unique').toBe(elements.filter((el) => attr(el, 'id') !== undefined).length);
  for (const link of elements.filter((el) => attr(el, 'href') !== undefined)) {
    const href = attr(link, 'href')!;
    expect(href).toMatch(/^#[a-z0-9-]+$/);
    expect(ids.has(href.slice(1)), `${href} points at an element on the page`).toBe(true);
  }
  const styles = all(page.root, tag('style'));
  expect(styles).toHaveLength(1);
  const css = text(styles[0]!);
  expect(css).not.toMatch(/url\(/i);
  expect(css).not.toMatch(/@import/i);
  const head = all(page.root, tag('head'))[0]!;
  const metas = head.childNodes.filter(isElement);
  expect(attr(metas[0]!, 'charset')).toBe('utf-8');
  const csp = metas.find((m) => attr(m, 'http-equiv') === 'Content-Security-Policy');
  expect(attr(csp!, 'content')).toBe(HANDOUT_CSP);
  expect(HANDOUT_CSP).toContain("default-src 'none'; style-src 'unsafe-inline'");
  return page;
}

describe('exportHandoutHtml: a page that runs and loads nothing', () => {
  const hostileText = readFileSync(path.join(FIXTURES, 'hostile.txt'), 'utf8');
  const extra = `\n\n${HOSTILE_NOTE} "double" 'single' & </style><script>alert(2)</script> url(http://x/y.png) @import "z.css"\n\nBell\u0007 and escape\u001b[31m and DEL\u007f gone`;
  const doc = documentOf(hostileText + extra, '</title><script>alert(3)</script>');
  const eve = person('<b onmouseover=alert(4)>Eve</b>', 4);
  const layers: HandoutLayer[] = [
    {
      creator: eve,
      role: 'own',
      annotations: doc.blocks.map((b, i) =>
        note(doc, eve, [b.start, b.end], {
          note: i % 2 === 0 ? `${HOSTILE_NOTE}\u0000\u0008` : '',
          tags: ['<script>', '" onload="x'],
          color: (['yellow', 'green', 'blue', 'pink', 'purple'] as const)[i % 5],
          motivation: i === 1 ? 'questioning' : undefined,
        }),
      ),
    },
  ];
  layers[0]!.annotations = [
    ...layers[0]!.annotations,
    note(doc, eve, null, { selector: [{ type: 'TextQuoteSelector', exact: '<svg onload=alert(5)>', prefix: '', suffix: '' }], note: HOSTILE_NOTE }),
  ];
  const placed = new Set(layers[0]!.annotations.slice(0, -1).map((a) => a.id));

  for (const notes of ['margin', 'endnotes'] as const) {
    it(`keeps the hostile fixture, names, tags and notes as text (${notes})`, () => {
      const html = handout(doc, layers, { notes, title: '"><script>alert(6)</script>', instructions: `${HOSTILE_NOTE}\n\n</style>` });
      const page = expectInert(html);
      expectFaithfulMarks(page, doc, layers, placed);
      const body = text(all(page.root, tag('body'))[0]!);
      expect(body).toContain(HOSTILE_NOTE);
      expect(body).toContain('<b onmouseover=alert(4)>Eve</b>');
      expect(body).toContain('#<script>');
      expect(body).toContain('<svg onload=alert(5)>');
      expect(text(all(page.root, tag('title'))[0]!)).toBe('"><script>alert(6)</script>');
      expect([...html].filter((ch) => CONTROL.test(ch))).toEqual([]);
      expect(body).toContain('Bell and escape[31m and DEL gone');
    });
  }
});

describe('exportHandoutHtml: the text and its highlights', () => {
  it('renders each block kind as its element, with one list for a run of list items', () => {
    const doc = documentOf([
      { kind: 'heading', text: 'The flag' },
      { kind: 'paragraph', text: 'First line\nsecond line' },
      { kind: 'quote', text: 'A quoted passage' },
      { kind: 'list-item', text: '- one' },
      { kind: 'list-item', text: '- two' },
      { kind: 'caption', text: 'Photo: A. Person' },
      { kind: 'code', text: 'if (a < b) {\n  go();\n}' },
      { kind: 'list-item', text: '1. again' },
    ]);
    const page = expectInert(handout(doc, []));
    const article = all(page.root, cls('reading'))[0]!;
    expect(all(article, tag('h2')).map(text)).toEqual(['The flag']);
    expect(all(article, tag('blockquote')).map(text)).toEqual(['A quoted passage']);
    expect(all(article, tag('ul')).map((ul) => all(ul, tag('li')).map(text))).toEqual([['- one', '- two'], ['1. again']]);
    expect(all(article, tag('pre')).map(text)).toEqual(['if (a < b) {\n  go();\n}']);
    expect(all(article, cls('caption')).map(text)).toEqual(['Photo: A. Person']);
    expect(all(article, (el) => el.tagName === 'p' && !hasClass(el, 'caption')).map(text)).toEqual(['First line\nsecond line', 'A quoted passage']);
    expectFaithfulMarks(page, doc, []);
    // A handout without annotations has no key, notes, questions or missing passages.
    for (const section of ['legend', 'endnotes', 'questions', 'orphans']) expect(all(page.root, cls(section))).toEqual([]);
  });

  it('splits overlapping highlights of two readers into nested marks on separate underline tracks', () => {
    const doc = documentOf('The pre-Baath era green, white, and black tricolour flag is widely used.\n\nSecond paragraph.');
    const own = note(doc, TEACHER, find(doc, 'green, white, and black'), { color: 'green' });
    const other = note(doc, SAM, find(doc, 'black tricolour flag'), { color: 'pink' });
    const layers: HandoutLayer[] = [
      { creator: TEACHER, role: 'own', annotations: [own] },
      { creator: SAM, role: 'student', annotations: [other] },
    ];
    const page = expectInert(handout(doc, layers));
    expectFaithfulMarks(page, doc, layers);
    const marks = all(page.root, tag('mark'));
    const outer = marks.filter((m) => !ancestors(page, m).some((a) => a.tagName === 'mark'));
    expect(outer.map(text)).toEqual(['green, white, and ', 'black', ' tricolour flag']);
    const [inner] = all(outer[1]!, tag('mark'));
    expect(hasClass(outer[1]!, 'own') && hasClass(outer[1]!, 'c-green') && hasClass(outer[1]!, 't-0')).toBe(true);
    expect(hasClass(inner!, 'other') && hasClass(inner!, 'c-pink') && hasClass(inner!, 'a-1') && hasClass(inner!, 't-1')).toBe(true);
    // The later highlight keeps its track where it no longer overlaps, so its underline does not jump.
    expect(hasClass(outer[2]!, 't-1')).toBe(true);
    expect(attr(inner!, 'title')).toBe('Pink highlight by Sam');
  });

  it('marks every quote of every seed article, including highlights across blocks and deep overlaps', () => {
    for (const file of Object.values(SEED_FILES)) {
      const doc = documentOf(readSeed(file));
      const blocks = doc.blocks.filter((b) => b.end - b.start > 4);
      const own = blocks.map((b, i) => note(doc, TEACHER, [b.start, b.end], { note: i % 3 === 0 ? `Note ${i}` : '', color: i % 2 ? 'blue' : 'yellow' }));
      const student = blocks.slice(1).map((b) => note(doc, SAM, [b.start + 2, Math.min(doc.text.length, b.end + 10)], { color: 'purple' }));
      const deep = [0, 1, 2, 3].map((k) => note(doc, NOOR, [blocks[0]!.start + k, blocks[0]!.end - k], { color: 'green' }));
      const layers: HandoutLayer[] = [
        { creator: TEACHER, role: 'own', annotations: own },
        { creator: SAM, role: 'student', annotations: student },
        { creator: NOOR, role: 'student', annotations: deep },
      ];
      const page = expectInert(handout(doc, layers));
      expectFaithfulMarks(page, doc, layers);
      expect(all(page.root, (el) => hasClass(el, 't-3')).length).toBeGreaterThan(0);
    }
  });

  it('marks exactly the highlighted characters for any highlights on any text (property)', () => {
    const TRICKY = fc
      .array(fc.constantFrom('a', ' ', '\r', '\r\n', '\n', '\u0007', '\u001b', '😀', 'e\u0301', '<', '&amp;', '"', "'", '\u202e'), { minLength: 1, maxLength: 12 })
      .map((parts) => parts.join(''));
    const drafts = fc.array(
      fc.record({ kind: fc.constantFrom('paragraph', 'heading', 'list-item', 'code', 'quote'), text: fc.oneof(fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }), TRICKY) }),
      { minLength: 1, maxLength: 5 },
    );
    fc.assert(
      fc.property(drafts, fc.array(fc.tuple(fc.nat(3), fc.nat(1000), fc.nat(40)), { maxLength: 8 }), (blocks, picks) => {
        const doc = documentOf(blocks.map((b) => ({ kind: b.kind, text: b.text.trim() || 'x' })));
        const people = [TEACHER, SAM, NOOR];
        const layers: HandoutLayer[] = people.map((creator, i) => ({ creator, role: i === 0 ? 'own' : 'student', annotations: [] }));
        for (const [who, at, length] of picks) {
          const start = at % doc.text.length;
          const end = Math.min(doc.text.length, start + 1 + length);
          if (who === 3) continue;
          (layers[who]!.annotations as Annotation[]).push(note(doc, people[who]!, [start, end], { note: length % 2 ? 'n' : '' }));
        }
        const page = expectInert(handout(doc, layers, { notes: picks.length % 2 ? 'margin' : 'endnotes' }));
        const placed = new Set(layers.flatMap((l) => l.annotations).filter((a) => anchor(doc.text, a.target.selector) !== null).map((a) => a.id));
        expectFaithfulMarks(page, doc, layers, placed);
      }),
      { numRuns: 60 },
    );
  });
});

describe('exportHandoutHtml: notes, questions and missing passages', () => {
  const doc = documentOf(
    [
      'The pre-Baath era flag was raised at the embassy in Moscow on Monday morning.',
      'Russia was a key ally of the ousted president, and granted him asylum.',
      'Previous instances of sudden regime change show that missions do not change allegiance quickly.',
    ].join('\n\n'),
  );
  const question = note(doc, TEACHER, find(doc, 'key ally'), { motivation: 'questioning', note: 'Why was Russia an ally?', color: 'blue', createdAt: '2026-11-02T09:00:00.000Z' });
  const second = note(doc, TEACHER, find(doc, 'Previous instances'), { motivation: 'questioning', note: 'Name one other instance.', createdAt: '2026-11-02T09:01:00.000Z' });
  const plain = note(doc, TEACHER, find(doc, 'embassy in Moscow'), { color: 'green' });
  const commented = note(doc, TEACHER, find(doc, 'Monday morning'), { note: 'Timing:\n\nthe day after.', tags: ['time', 'context'] });
  const crossing = note(doc, SAM, find(doc, 'morning.\n\nRussia was'), { note: 'Across two paragraphs', color: 'pink' });
  const samReply = note(doc, SAM, null, { replyTo: question.id, note: 'Because of the naval base.', createdAt: '2026-11-03T10:00:00.000Z' });
  const noorReply = note(doc, NOOR, null, { replyTo: question.id, note: 'For arms deals.', createdAt: '2026-11-03T09:00:00.000Z' });
  const replyToReply = note(doc, TEACHER, null, { replyTo: samReply.id, note: 'Good, which one?', createdAt: '2026-11-04T09:00:00.000Z' });
  const replyToNote = note(doc, NOOR, null, { replyTo: commented.id, note: 'Agreed.' });
  const lostReply = note(doc, NOOR, null, { replyTo: 'not-in-this-handout', note: 'A reply whose question is gone.' });
  const orphan = note(doc, SAM, null, { selector: describeRange('An old sentence that was edited away.', 0, 12), note: 'Still here.' });
  // Layers list annotations out of reading order on purpose.
  const layers: HandoutLayer[] = [
    { creator: TEACHER, role: 'own', annotations: [second, question, replyToReply, plain, commented] },
    { creator: SAM, role: 'student', annotations: [samReply, crossing, orphan] },
    { creator: NOOR, role: 'teacher', annotations: [noorReply, replyToNote, lostReply] },
  ];

  it('numbers notes and questions in reading order, each number linking to its note and back', () => {
    for (const notes of ['margin', 'endnotes'] as const) {
      const page = expectInert(handout(doc, layers, { notes }));
      const sups = all(all(page.root, cls('reading'))[0]!, tag('sup'));
      expect(sups.map(text)).toEqual(['[1]', '[2]', '[3]', '[4]']);
      const expected = [commented, crossing, question, second];
      expected.forEach((a, i) => {
        const n = i + 1;
        expect(attr(all(sups[i]!, tag('a'))[0]!, 'href')).toBe(`#note-${n}`);
        expect(attr(sups[i]!, 'id')).toBe(`ref-${n}`);
        const entry = byId(page, `note-${n}`);
        expect(text(entry)).toContain(a.note.replace(/\n+/g, ''));
        expect(all(entry, cls('num')).map((el) => attr(el, 'href'))).toEqual([`#ref-${n}`]);
      });
      // The number sits right after the end of its passage, a passage across blocks at the end of its last block.
      const blocks = all(all(page.root, cls('reading'))[0]!, tag('p')).filter((p) => !ancestors(page, p).some((el) => el.tagName === 'aside'));
      expect(text(blocks[0]!)).toContain('Monday morning[1].');
      expect(text(blocks[1]!)).toMatch(/^Russia was\[2\] a key ally\[3\]/);
      const first = text(byId(page, 'note-1'));
      expect(first).toContain('Ms Rivera');
      expect(first).toContain('Yellow');
      expect(first).toContain('Tags: #time #context');
      expect(text(byId(page, 'note-2'))).toContain('Sam (student) · Pink');
      expect(all(byId(page, 'note-1'), tag('p')).map(text)).toContain('the day after.');
      expect(text(byId(page, 'note-1'))).toContain('Noor replied:Agreed.');
    }
  });

  it('lists every question with its passage and its replies, oldest first with their authors', () => {
    const page = expectInert(handout(doc, layers));
    const section = all(page.root, cls('questions'))[0]!;
    const items = all(section, cls('question'));
    expect(items.map((q) => attr(q, 'id'))).toEqual(['question-1', 'question-2']);
    expect(text(items[0]!)).toMatch(/^Question 1 · asked by Ms Rivera · note \[3\]/);
    expect(all(items[0]!, cls('quote')).map(text)).toEqual(['key ally']);
    expect(all(items[0]!, cls('asked')).map(text)).toEqual(['Why was Russia an ally?']);
    const replies = all(items[0]!, cls('reply')).map(text);
    expect(replies).toEqual(['Noor replied:For arms deals.', 'Sam replied:Because of the naval base.', 'Ms Rivera replied:Good, which one?']);
    expect(text(items[1]!)).toContain('No replies yet.');
    // The question's own note points to the Questions section rather than repeating the replies.
    expect(text(byId(page, 'note-3'))).toContain('3 replies: see Question 1.');
    expect(all(byId(page, 'note-3'), cls('reply'))).toEqual([]);
    // Replies are not highlights of their own.
    expect(all(page.root, tag('mark')).map(text).join('|')).not.toContain('naval');
  });

  it('lists passages that no longer anchor, and replies whose annotation is missing, under "Passages not found"', () => {
    const page = expectInert(handout(doc, layers));
    const section = all(page.root, cls('orphans'))[0]!;
    expect(text(all(section, tag('h2'))[0]!)).toBe('Passages not found');
    const entries = all(section, cls('orphan')).map(text);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain('An old sente');
    expect(entries[0]).toContain('Still here.');
    expect(entries[1]).toContain('A reply whose question is gone.');
    expect(text(section)).toContain('2 annotations were made on passages that are no longer in this text.');
  });

  it('shows replies that loop (a answers b, b answers a) as annotations of their own', () => {
    const a = note(doc, TEACHER, find(doc, 'flag'), { id: 'loop-a', replyTo: 'loop-b', note: 'A' });
    const b = note(doc, SAM, find(doc, 'asylum'), { id: 'loop-b', replyTo: 'loop-a', note: 'B' });
    const page = expectInert(handout(doc, [{ creator: TEACHER, role: 'own', annotations: [a] }, { creator: SAM, role: 'student', annotations: [b] }]));
    expect(all(page.root, tag('mark')).map(text)).toEqual(['flag', 'asylum']);
    expect(all(page.root, cls('note')).map((n) => attr(n, 'id'))).toEqual(['note-1', 'note-2']);
  });

  it('puts margin notes beside the block their passage ends in, and endnotes in one list at the end', () => {
    const margin = expectInert(handout(doc, layers, { notes: 'margin' }));
    expect(all(margin.root, cls('endnotes'))).toEqual([]);
    for (const sup of all(all(margin.root, cls('reading'))[0]!, tag('sup'))) {
      const n = /\d+/.exec(text(sup))![0];
      const row = ancestors(margin, sup).find((el) => hasClass(el, 'row'))!;
      const entry = byId(margin, `note-${n}`);
      expect(ancestors(margin, entry)).toContain(row);
      expect(ancestors(margin, entry).some((el) => el.tagName === 'aside' && hasClass(el, 'margin'))).toBe(true);
    }

    const end = expectInert(handout(doc, layers, { notes: 'endnotes' }));
    expect(all(end.root, tag('aside'))).toEqual([]);
    expect(all(end.root, cls('row'))).toEqual([]);
    const section = all(end.root, cls('endnotes'))[0]!;
    expect(text(all(section, tag('h2'))[0]!)).toBe('Notes');
    expect(all(section, cls('note')).map((n) => attr(n, 'id'))).toEqual(['note-1', 'note-2', 'note-3', 'note-4']);
    const order = all(end.root, (el) => el.tagName === 'article' || el.tagName === 'section').map((el) => attr(el, 'class'));
    expect(order).toEqual(['legend', 'reading flow', 'endnotes', 'questions', 'orphans']);
  });

  it('has a key to the colours used and to each reader’s highlight style', () => {
    const page = expectInert(handout(doc, layers, { title: 'Handout 3', instructions: 'Read twice.\n\nThen answer.' }));
    const legend = all(page.root, cls('legend'))[0]!;
    const [colours, readers] = all(legend, tag('ul'));
    expect(all(colours!, tag('li')).map(text)).toEqual(['Yellow solid line', 'Green double line', 'Blue dashed line', 'Pink dotted line']);
    const people = all(readers!, tag('li'));
    expect(people.map(text)).toEqual([
      'Ms Rivera (you): highlights filled',
      'Sam (student): highlights underlined in their colour',
      'Noor (teacher): highlights underlined in their colour',
    ]);
    expect(people.map((li) => (hasClass(all(li, tag('span'))[0]!, 'own') ? 'own' : 'other'))).toEqual(['own', 'other', 'other']);
    expect(text(all(page.root, tag('h1'))[0]!)).toBe('Handout 3');
    expect(text(all(page.root, cls('meta'))[0]!)).toBe('Reading: A reading · Source: reading.txt · Made with Marginalia on 2026-11-24');
    expect(all(all(page.root, cls('instructions'))[0]!, tag('p')).map(text)).toEqual(['Read twice.', 'Then answer.']);
  });

  it('prints colours, keeps notes whole across pages and lets the page size be A4 or Letter', () => {
    const page = expectInert(handout(doc, layers));
    const css = text(all(page.root, tag('style'))[0]!);
    expect(css).toMatch(/@page\{margin:[^}]*\}/);
    expect(css).not.toMatch(/@page\{[^}]*size:/);
    expect(css).toContain('print-color-adjust:exact');
    expect(css).toMatch(/\.note\{[^}]*break-inside:avoid/);
    for (const [colour, style] of Object.entries({ yellow: 'solid', green: 'double', blue: 'dashed', pink: 'dotted', purple: 'wavy' })) {
      expect(css).toContain(`.c-${colour}{text-decoration-color:`);
      expect(css).toMatch(new RegExp(`\\.c-${colour}\\{[^}]*text-decoration-style:${style}`));
    }
  });
});

describe('the handout keeps the document’s own emphasis and links', () => {
  const sentence = 'Read the full story on the Courier now, or write.';
  const at = (exact: string) => sentence.indexOf(exact);
  const doc = documentOf([
    {
      kind: 'paragraph',
      text: sentence,
      marks: [
        { kind: 'emphasis', start: 0, end: 4 },
        { kind: 'link', start: at('full'), end: at(' now'), href: 'https://news.example/story' },
        { kind: 'strong', start: at('story'), end: at(' on') },
        { kind: 'link', start: at('write'), end: at('write') + 5, href: 'javascript:alert(1)' },
      ],
    },
  ]);

  it('nests highlights inside the styles, never puts a note number’s link inside a document link, and keeps the text', () => {
    const teacher = note(doc, TEACHER, find(doc, 'the full story'), { note: 'Look here.' });
    for (const notes of ['margin', 'endnotes'] as const) {
      const page = read(handout(doc, [{ creator: TEACHER, role: 'teacher', annotations: [teacher] }], { notes }));
      expect(page.errors).toEqual([]);
      const article = all(page.root, cls('reading'))[0]!;
      const links = all(article, tag('a'));
      for (const link of links) expect(ancestors(page, link).some(tag('a')), 'a link inside a link').toBe(false);
      const documentLinks = links.filter(cls('doc-link'));
      expect(documentLinks.map((a) => attr(a, 'href'))).toEqual(['https://news.example/story', 'https://news.example/story']);
      expect(documentLinks.map((a) => text(a)).join('')).toBe('full story on the Courier');
      expect(all(article, tag('em')).map(text)).toEqual(['Read']);
      expect(all(article, tag('strong')).map(text)).toEqual(['story']);
      expect(all(article, (el) => el.tagName === 'mark').map(text).join('')).toBe('the full story');
      const paragraph = all(article, tag('p'))[0]!;
      const withoutRefs = (node: Node): string => (isElement(node) && hasClass(node, 'ref') ? '' : node.nodeName === '#text' ? (node as DefaultTreeAdapterTypes.TextNode).value : childrenOf(node).map(withoutRefs).join(''));
      expect(withoutRefs(paragraph)).toBe(sentence);
      expect(all(article, cls('ref')).map(text)).toEqual(['[1]']);
    }
  });
});

describe('the handout’s note numbers', () => {
  it('are never written inside the document’s own superscript or subscript', () => {
    const sentence = 'Water is H2O and the hall is 10 cubed.';
    const doc = documentOf([
      {
        kind: 'paragraph',
        text: sentence,
        marks: [
          { kind: 'subscript', start: sentence.indexOf('2O'), end: sentence.indexOf('2O') + 1 },
          { kind: 'superscript', start: sentence.indexOf('10') + 1, end: sentence.indexOf('10') + 2 },
        ],
      },
    ]);
    const first = note(doc, TEACHER, [0, sentence.indexOf('2O') + 1], { note: 'Formula.' });
    const second = note(doc, TEACHER, [sentence.indexOf('the hall'), sentence.indexOf('10') + 2], { note: 'Volume.' });
    const page = read(handout(doc, [{ creator: TEACHER, role: 'teacher', annotations: [first, second] }], { notes: 'endnotes' }));
    expect(page.errors).toEqual([]);
    const article = all(page.root, cls('reading'))[0]!;
    const refs = all(article, cls('ref'));
    expect(refs.map(text)).toEqual(['[1]', '[2]']);
    for (const ref of refs) expect(ancestors(page, ref).some((el) => el.tagName === 'sup' || el.tagName === 'sub'), 'a note number inside a sup or sub').toBe(false);
    expect(all(article, (el) => (el.tagName === 'sub' || el.tagName === 'sup') && !hasClass(el, 'ref')).map(text)).toEqual(['2', '0']);
  });
});
