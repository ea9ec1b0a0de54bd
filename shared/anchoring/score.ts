/**
 * How a place where a quote may be is scored and when it is good enough, after the weights of
 * Hypothesis' match-quote: the quote itself counts most, its recorded surroundings next, and
 * the recorded position only breaks ties.
 */
import { contextSimilarity, positionScore } from './similarity';

/** Fewest share of the quote that must match for an approximate match to be accepted. */
export const MIN_QUOTE_SIMILARITY = 0.75;

/** Share of the recorded context a short approximate match must also have around it. */
export const MIN_APPROX_CONTEXT = 0.5;

/**
 * Matched characters from which an approximate match stands on its own, whatever surrounds it:
 * 64 characters at 75% or better do not happen by chance in prose.
 */
export const SELF_EVIDENT_MATCH = 64;

const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 40;
const POSITION_WEIGHT = 2;

/** What the annotation recorded, in the coordinates of the text being searched. */
export interface Expectation {
  prefix: string;
  suffix: string;
  hint: number | null;
}

/** A place `[start, end)` where the quote may be, with its similarities and overall score. */
export interface Candidate {
  start: number;
  end: number;
  /** Share of the quote matched there, 1 for an exact copy. */
  quote: number;
  /** Agreement of the surroundings with the recorded prefix and suffix, 0 to 1. */
  context: number;
  score: number;
}

/** Scores the place `[start, end)` of `text`, where `quote` (0 to 1) of the quote matched. */
export function scoreCandidate(text: string, start: number, end: number, quote: number, expected: Expectation): Candidate {
  const context = contextSimilarity(text, start, end, expected.prefix, expected.suffix);
  const score = QUOTE_WEIGHT * quote + CONTEXT_WEIGHT * context + POSITION_WEIGHT * positionScore(start, expected.hint, text.length);
  return { start, end, quote, context, score };
}

/**
 * Whether a candidate may be returned. An exact copy always may (the quote is the truth). An
 * approximate one needs 75% of the quote and, unless that is 64 characters or more, half of its
 * recorded context: a short look-alike in other surroundings is a different passage.
 */
export function acceptable(candidate: Candidate, quoteLength: number): boolean {
  if (candidate.quote === 1) return true;
  if (candidate.quote < MIN_QUOTE_SIMILARITY) return false;
  return candidate.context >= MIN_APPROX_CONTEXT || candidate.quote * quoteLength >= SELF_EVIDENT_MATCH;
}

/** The better of two candidates (the first on a tie). */
export function better(a: Candidate | null, b: Candidate): Candidate {
  return a && a.score >= b.score ? a : b;
}
