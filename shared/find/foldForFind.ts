/**
 * The text as find-in-document compares it: case (unless asked to match it), accents and
 * compatibility forms folded away, curly quotes made straight, dash variants (U+2011 among
 * them) made "-", and every run of white space one space. Each folded code unit remembers the
 * original range it came from, so a match in the folded text maps back to `[start, end)` of
 * the original.
 */
import { HYPHEN_STAND_INS, isSpaceCode, QUOTE_STAND_INS } from '../text/standIns';

/** Characters folded to a plain ASCII stand-in (or to nothing: the soft hyphen). */
const STAND_INS: Readonly<Record<string, string>> = { ...QUOTE_STAND_INS, ...HYPHEN_STAND_INS };

/** Letters whose lower case is not what a reader types (only when case is ignored). */
const CASELESS: Readonly<Record<string, string>> = { ß: 'ss', ς: 'σ' };

const NONSPACING_MARKS = /\p{Mn}/gu;


/** How one character (not ASCII, not white space) reads when folded. */
function foldCharacter(character: string, matchCase: boolean): string {
  const standIn = STAND_INS[character];
  if (standIn !== undefined) return standIn;
  let folded = (matchCase ? character : character.toLowerCase()).normalize('NFKD').replace(NONSPACING_MARKS, '');
  if (!matchCase) folded = folded.toLowerCase();
  let out = '';
  for (const c of folded) out += STAND_INS[c] ?? (matchCase ? c : (CASELESS[c] ?? c));
  return out;
}

/** A folded text and, per folded code unit, the original range it stands for. */
export interface FoldedText {
  text: string;
  /** `starts[i]` is where the original character behind folded unit `i` starts. */
  starts: Int32Array;
  /** `ends[i]` is where it ends, including accents and soft hyphens folded away after it. */
  ends: Int32Array;
}

/** A growable buffer of folded code units with their original ranges. */
class FoldBuffer {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** The last folded unit now also covers the original up to `end`. */
  extend(end: number): void {
    if (this.length > 0) this.ends[this.length - 1] = end;
  }

  toFolded(): FoldedText {
    const parts: string[] = [];
    for (let i = 0; i < this.length; i += 8192) {
      parts.push(String.fromCharCode(...this.units.subarray(i, Math.min(this.length, i + 8192))));
    }
    return { text: parts.join(''), starts: this.starts.slice(0, this.length), ends: this.ends.slice(0, this.length) };
  }

  private grow(): void {
    const size = this.units.length * 2 + 16;
    const units = new Uint16Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    units.set(this.units);
    starts.set(this.starts);
    ends.set(this.ends);
    this.units = units;
    this.starts = starts;
    this.ends = ends;
  }
}

/**
 * Folds `original` for finding, in one pass: ASCII is handled by code, and every other
 * character is folded once per call and then looked up, so a 1 MB text costs one linear pass.
 */
export function foldForFind(original: string, matchCase: boolean): FoldedText {
  const buffer = new FoldBuffer(original.length + 16);
  const seen = new Map<number, string>();
  let inSpace = false;
  for (let i = 0; i < original.length; ) {
    const code = original.charCodeAt(i);
    if (code > 32 && code < 127 && code !== 0x60) {
      buffer.push(!matchCase && code >= 65 && code <= 90 ? code + 32 : code, i, i + 1);
      inSpace = false;
      i++;
      continue;
    }
    if (isSpaceCode(code)) {
      if (inSpace) buffer.extend(i + 1);
      else buffer.push(32, i, i + 1);
      inSpace = true;
      i++;
      continue;
    }
    const point = original.codePointAt(i)!;
    const width = point > 0xffff ? 2 : 1;
    let folded = seen.get(point);
    if (folded === undefined) {
      folded = foldCharacter(String.fromCodePoint(point), matchCase);
      seen.set(point, folded);
    }
    if (folded === '') buffer.extend(i + width);
    else {
      for (let k = 0; k < folded.length; k++) buffer.push(folded.charCodeAt(k), i, i + width);
      inSpace = false;
    }
    i += width;
  }
  return buffer.toFolded();
}
