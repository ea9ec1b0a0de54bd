/**
 * Anchoring benchmark (issue 11, item 6): a generated 1 MB document with 1,000 annotations is
 * edited (1% of paragraphs changed, 1% moved, 10% of the annotated passages deleted) and every
 * annotation is anchored again with one Anchorer. Also times 400 quotes that are not in the text,
 * and counts how many annotations were found, orphaned and misplaced (must be 0).
 */
import { Anchorer, describeRange, type TextRange } from '../../shared/anchoring';
import { BLOCK_SEPARATOR } from '../../shared/import/plainText';
import type { Selector } from '../../shared/model';
import { measure, report } from './stats';

/** A deterministic pseudo-random generator (mulberry32), so every run measures the same document. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = 'the of and to in a is that for it as was with be by on not this are or from at which but have an they were there one all their been has when who will more no if out so what about into than them only other new some could time these two may then first any over such even most made after also many before through where much should because each just those people how too little state good very make world still own between both life being under never same another while last might great old year since against right used three'.split(' ');

/** ~1,900 words: frequent function words and rarer made-up content words, like real prose. */
function vocabulary(next: () => number): string[] {
  const syllables = 'ka lo mi ra ten vor sil na dre po qua zen bal tor im es ul fen gra cho'.split(' ');
  const rare = Array.from({ length: 1600 }, () => {
    const n = 2 + Math.floor(next() * 3);
    return Array.from({ length: n }, () => syllables[Math.floor(next() * syllables.length)]).join('');
  });
  return [...COMMON, ...rare];
}

function pickWord(words: string[], next: () => number): string {
  // Half the words come from the common list, the rest from the whole vocabulary.
  return next() < 0.5 ? COMMON[Math.floor(next() * COMMON.length)]! : words[Math.floor(next() * words.length)]!;
}

function sentence(words: string[], next: () => number): string {
  const n = 6 + Math.floor(next() * 13);
  const s = Array.from({ length: n }, () => pickWord(words, next)).join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

/** An annotation of the benchmark, located by paragraph and offsets inside it. */
interface Note {
  paragraph: number;
  start: number;
  end: number;
  selectors: Selector[];
  fate: 'kept' | 'edited' | 'deleted';
}

interface Fixture {
  original: string;
  edited: string;
  notes: Note[];
  /** Where each annotation should be found in the edited text (null: its passage was deleted). */
  expected: (TextRange | null)[];
  words: string[];
}

const startsOf = (paragraphs: string[]) => {
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + BLOCK_SEPARATOR.length;
  }
  return starts;
};

/** Word boundaries `[start, end)` of a paragraph. */
const wordSpans = (p: string) => [...p.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

function buildFixture(): Fixture {
  const next = random(11);
  const words = vocabulary(next);
  const repeated = Array.from({ length: 40 }, () => sentence(words, next));
  const paragraphs: string[] = [];
  const repeatAt: (number | null)[] = [];
  for (let size = 0; size < 1_030_000; ) {
    const sentences = Array.from({ length: 3 + Math.floor(next() * 5) }, () => sentence(words, next));
    let at: number | null = null;
    if (next() < 0.3) {
      const r = repeated[Math.floor(next() * repeated.length)]!;
      const i = Math.floor(next() * sentences.length);
      sentences.splice(i, 0, r);
      at = sentences.slice(0, i).join(' ').length + (i > 0 ? 1 : 0);
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    repeatAt.push(at);
    size += p.length + BLOCK_SEPARATOR.length;
  }
  const original = paragraphs.join(BLOCK_SEPARATOR);
  const starts = startsOf(paragraphs);

  // 1,000 annotations, at most one per paragraph, some on a repeated sentence.
  const notes: Note[] = [];
  const step = paragraphs.length / 1000;
  for (let i = 0; i < 1000; i++) {
    const paragraph = Math.floor(i * step);
    const p = paragraphs[paragraph]!;
    const spans = wordSpans(p);
    let start: number;
    let end: number;
    const r = repeatAt[paragraph];
    if (r !== null && r !== undefined && next() < 0.5) {
      start = r;
      end = p.indexOf('.', r) + 1;
    } else {
      const count = 4 + Math.floor(next() * 20);
      const first = Math.floor(next() * Math.max(1, spans.length - count));
      start = spans[first]!.start;
      end = spans[Math.min(spans.length - 1, first + count - 1)]!.end;
    }
    const selectors = describeRange(original, starts[paragraph]! + start, starts[paragraph]! + end);
    notes.push({ paragraph, start, end, selectors, fate: 'kept' });
  }

  // 10% of the annotated passages deleted (only passages found once in the text, so that
  // "orphaned" is the one right answer), 1% of paragraphs with a word changed, 1% moved.
  const annotated = new Map(notes.map((n) => [n.paragraph, n]));
  const unique = notes.filter((n) => {
    const q = original.slice(starts[n.paragraph]! + n.start, starts[n.paragraph]! + n.end);
    return original.indexOf(q) === original.lastIndexOf(q);
  });
  for (let d = 0; d < 100; d++) {
    const n = unique[Math.floor((d * unique.length) / 100)]!;
    const p = paragraphs[n.paragraph]!;
    const cut = p[n.end] === ' ' ? n.end + 1 : n.end;
    paragraphs[n.paragraph] = p.slice(0, n.start) + p.slice(cut);
    n.fate = 'deleted';
  }
  const share = Math.ceil(paragraphs.length / 100);
  for (let c = 0; c < share; c++) {
    const index = Math.floor(next() * paragraphs.length);
    const note = annotated.get(index);
    if (note?.fate === 'deleted') continue;
    const p = paragraphs[index]!;
    const spans = wordSpans(p);
    // Half the changes land inside the annotated passage (never on its first or last word).
    const inside = note ? spans.filter((s) => s.start > note.start && s.end < note.end) : [];
    const span = inside.length > 0 && next() < 0.5 ? inside[Math.floor(next() * inside.length)]! : spans[Math.floor(next() * spans.length)]!;
    if (note && span.start < note.end && span.end > note.start && !(span.start > note.start && span.end < note.end)) continue;
    const replacement = pickWord(words, next) + 'x';
    // A word changed inside a passage stays a small edit (under a fifth of it), as in real revisions.
    const insideNote = note && span.start > note.start && span.end < note.end;
    if (insideNote && Math.max(replacement.length, span.end - span.start) > (note.end - note.start) / 5) continue;
    paragraphs[index] = p.slice(0, span.start) + replacement + p.slice(span.end);
    const delta = replacement.length - (span.end - span.start);
    if (note && span.end <= note.start) {
      note.start += delta;
      note.end += delta;
    } else if (note && span.start > note.start && span.end < note.end) {
      note.end += delta;
      note.fate = 'edited';
    }
  }
  const order = paragraphs.map((_, i) => i);
  for (let m = 0; m < share; m++) {
    const [moved] = order.splice(Math.floor(next() * order.length), 1);
    order.splice(Math.floor(next() * order.length), 0, moved!);
  }
  const reordered = order.map((i) => paragraphs[i]!);
  const newStarts = startsOf(reordered);
  const placeOf = new Map(order.map((original, place) => [original, place]));
  const expected = notes.map((n) => {
    if (n.fate === 'deleted') return null;
    const at = newStarts[placeOf.get(n.paragraph)!]!;
    return { start: at + n.start, end: at + n.end };
  });
  return { original, edited: reordered.join(BLOCK_SEPARATOR), notes, expected, words };
}

/** The passage at `range` with 32 characters either side: two places alike in this are indistinguishable. */
const surroundings = (text: string, range: TextRange) => text.slice(Math.max(0, range.start - 32), range.end + 32);

/**
 * Counts found, orphaned and misplaced annotations against the expected ranges. An annotation
 * inside a repeated sentence, anchored on another copy whose text and context are identical, is
 * found (no selector can tell those apart) and counted apart as "identical copy".
 */
function tally(fixture: Fixture, found: (TextRange | null)[]) {
  const counts = { found: 0, identicalCopy: 0, orphaned: 0, orphanedAsExpected: 0, lost: 0, misplaced: 0 };
  found.forEach((range, i) => {
    const want = fixture.expected[i]!;
    const fate = fixture.notes[i]!.fate;
    if (range === null) {
      counts.orphaned++;
      if (want === null) counts.orphanedAsExpected++;
      else counts.lost++;
      return;
    }
    const tolerance = fate === 'edited' ? 3 : 0;
    if (want !== null && Math.abs(range.start - want.start) <= tolerance && Math.abs(range.end - want.end) <= tolerance) counts.found++;
    else if (want !== null && surroundings(fixture.edited, range) === surroundings(fixture.edited, want)) counts.identicalCopy++;
    else counts.misplaced++;
  });
  return counts;
}

/** 400 quotes made of the document's own words that are nowhere in the edited text. */
function unmatchedQuotes(fixture: Fixture): Selector[][] {
  const next = random(99);
  const text = fixture.edited;
  const out: Selector[][] = [];
  while (out.length < 400) {
    const exact = Array.from({ length: 6 + Math.floor(next() * 14) }, () => pickWord(fixture.words, next)).join(' ');
    if (text.includes(exact)) continue;
    const at = Math.floor(next() * (text.length - 100));
    out.push([
      { type: 'TextQuoteSelector', exact, prefix: text.slice(at, at + 32), suffix: text.slice(at + 40, at + 72) },
      { type: 'TextPositionSelector', start: at, end: at + exact.length },
    ]);
  }
  return out;
}

export async function anchoringBenchmark(): Promise<void> {
  const fixture = buildFixture();
  const kept = fixture.notes.filter((n) => n.fate === 'kept').length;
  const edited = fixture.notes.filter((n) => n.fate === 'edited').length;
  console.log(
    `\nAnchoring: ${(fixture.edited.length / 1e6).toFixed(2)} MB text, 1,000 annotations (${kept} passages kept, ${edited} edited inside, 100 deleted), 1% of paragraphs changed and 1% moved`,
  );
  let results: (TextRange | null)[] = [];
  const all = await measure(
    5,
    () => {
      const anchorer = new Anchorer(fixture.edited);
      results = fixture.notes.map((n) => anchorer.anchor(n.selectors));
    },
    1,
  );
  report('re-anchor 1,000 annotations, one Anchorer', all, 300);
  const c = tally(fixture, results);
  console.log(
    `    found ${c.found + c.identicalCopy} (${c.identicalCopy} on an identical copy), orphaned ${c.orphaned} (${c.orphanedAsExpected} of the 100 deleted passages, ${c.lost} others lost), misplaced ${c.misplaced}${c.misplaced === 0 ? '  ✓' : '  ✗ must be 0'}`,
  );
  const quotes = unmatchedQuotes(fixture);
  let orphans = 0;
  const unmatched = await measure(
    5,
    () => {
      const anchorer = new Anchorer(fixture.edited);
      orphans = quotes.filter((q) => anchorer.anchor(q) === null).length;
    },
    1,
  );
  report('400 quotes not in the text, one Anchorer', unmatched, 1000);
  console.log(`    ${orphans} of 400 orphaned, ${(unmatched.median / 400).toFixed(3)} ms a quote`);
}
