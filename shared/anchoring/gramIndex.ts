/**
 * An index of every GRAM-character substring of a text, so that finding a quote (or a piece of
 * one) in a 1 MB text costs a look-up instead of a scan. Positions sharing a hash bucket are
 * chained through typed arrays: about 8 bytes a character, built in one pass.
 */

/** Length of the substrings the index records. */
export const GRAM = 8;

const BASE = 31;
/** BASE^(GRAM-1) in 32-bit arithmetic, to drop the outgoing character of a rolling hash. */
const TOP = (() => {
  let p = 1;
  for (let i = 1; i < GRAM; i++) p = Math.imul(p, BASE);
  return p;
})();

function hashAt(s: string, at: number): number {
  let h = 0;
  for (let i = 0; i < GRAM; i++) h = (Math.imul(h, BASE) + s.charCodeAt(at + i)) | 0;
  return h;
}

/** Where a pattern's substrings occur in one text. */
export class GramIndex {
  /** `heads[bucket]` is 1 + the last position in that bucket, 0 when empty. */
  private readonly heads: Int32Array;
  /** `chain[p]` is 1 + the previous position in p's bucket, 0 at the end of the chain. */
  private readonly chain: Int32Array;
  private readonly shift: number;

  constructor(readonly text: string) {
    const count = Math.max(0, text.length - GRAM + 1);
    const bits = Math.max(8, Math.min(22, Math.ceil(Math.log2(count + 1))));
    this.shift = 32 - bits;
    this.heads = new Int32Array(1 << bits);
    this.chain = new Int32Array(count);
    if (count === 0) return;
    let h = hashAt(text, 0);
    for (let p = 0; ; p++) {
      const bucket = this.bucketOf(h);
      this.chain[p] = this.heads[bucket]!;
      this.heads[bucket] = p + 1;
      if (p + 1 >= count) break;
      h = (Math.imul((h - Math.imul(text.charCodeAt(p), TOP)) | 0, BASE) + text.charCodeAt(p + GRAM)) | 0;
    }
  }

  private bucketOf(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.shift;
  }

  /**
   * Ascending positions where `pattern.slice(offset, offset + GRAM)` occurs, or null when it
   * occurs more than `limit` times (a piece that common says little about where a quote is).
   */
  positionsOf(pattern: string, offset: number, limit: number): number[] | null {
    const found: number[] = [];
    let steps = 0;
    for (let link = this.heads[this.bucketOf(hashAt(pattern, offset))]!; link !== 0; link = this.chain[link - 1]!) {
      if (++steps > limit * 4) return null;
      const p = link - 1;
      let i = 0;
      while (i < GRAM && this.text.charCodeAt(p + i) === pattern.charCodeAt(offset + i)) i++;
      if (i < GRAM) continue;
      if (found.length === limit) return null;
      found.push(p);
    }
    return found.reverse();
  }

  /** How many positions share the bucket of the piece at `offset`, counting no further than `cap`. */
  private bucketSize(pattern: string, offset: number, cap: number): number {
    let n = 0;
    for (let link = this.heads[this.bucketOf(hashAt(pattern, offset))]!; link !== 0 && n < cap; link = this.chain[link - 1]!) n++;
    return n;
  }

  /**
   * Ascending starts of every exact occurrence of `needle`, at most `limit` of them (the first
   * ones). Looks up the needle's rarest piece and checks each place it occurs.
   */
  occurrences(needle: string, limit: number): number[] {
    const found: number[] = [];
    if (needle.length < GRAM) {
      for (let i = this.text.indexOf(needle); i !== -1 && found.length < limit; i = this.text.indexOf(needle, i + 1)) found.push(i);
      return found;
    }
    const last = needle.length - GRAM;
    let rarest = 0;
    let fewest = Infinity;
    for (let k = 0; k < 16 && fewest > 1; k++) {
      const offset = Math.round((k * last) / 15);
      const size = this.bucketSize(needle, offset, fewest === Infinity ? Number.MAX_SAFE_INTEGER : fewest);
      if (size < fewest) [rarest, fewest] = [offset, size];
    }
    const starts: number[] = [];
    for (let link = this.heads[this.bucketOf(hashAt(needle, rarest))]!; link !== 0; link = this.chain[link - 1]!) {
      const start = link - 1 - rarest;
      if (start >= 0 && this.text.startsWith(needle, start)) starts.push(start);
    }
    starts.reverse();
    return starts.length > limit ? starts.slice(0, limit) : starts;
  }
}
