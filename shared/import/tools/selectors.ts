/**
 * The passage a W3C-style target names, in the selectors Marginalia anchors with: a
 * TextQuoteSelector (the truth) and, where the format counts like us, a TextPositionSelector
 * (a hint). Selectors may come in any order, one or an array, and refine one another through
 * `refinedBy` chains, which are followed with a loop and a cap. Others (Range, XPath, CSS,
 * Fragment/EPUB CFI, Readium's own) are noted by type and otherwise ignored.
 */
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../../model';
import { isRecord } from './jsonInput';

/** How many selectors of one target are looked at. */
const MAX_SELECTORS = 64;
/** How many steps of one `refinedBy` chain are followed. */
const MAX_REFINEMENTS = 16;
/** How long a selector type name may be in a message. */
const MAX_TYPE_NAME = 40;

/** What one target's selectors give: the usable ones, and what could not be used. */
export interface PassageRead {
  /** The quote first (when there is one), then the position. */
  selectors: Selector[];
  /** True when the target had any selector at all (usable or not). */
  hadSelectors: boolean;
  /** The types of the selectors that could not be used, for messages ("RangeSelector"). */
  unusable: string[];
  /** A page label (Hypothesis's PageSelector), for messages. */
  page: string | null;
}

/** How a format counts positions. */
export interface PassageOptions {
  /**
   * Keep a top-level TextPositionSelector. Hypothesis and our own files count UTF-16 code
   * units as we do; Readium counts code points, which cannot be converted without the text.
   */
  positions: boolean;
}

function quoteFrom(o: Record<string, unknown>): TextQuoteSelector | null {
  const exact = o['exact'];
  if (typeof exact !== 'string' || exact === '') return null;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return { type: 'TextQuoteSelector', exact, prefix: text(o['prefix']), suffix: text(o['suffix']) };
}

function positionFrom(o: Record<string, unknown>): TextPositionSelector | null {
  const { start, end } = o;
  if (typeof start !== 'number' || typeof end !== 'number') return null;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end <= start) return null;
  return { type: 'TextPositionSelector', start, end };
}

function typeName(o: Record<string, unknown>): string {
  const type = Array.isArray(o['type']) ? o['type'][0] : o['type'];
  return typeof type === 'string' && type !== '' ? type.slice(0, MAX_TYPE_NAME) : 'untyped';
}

function pageLabel(o: Record<string, unknown>): string | null {
  const label = o['label'] ?? (typeof o['index'] === 'number' && Number.isSafeInteger(o['index']) ? (o['index'] as number) + 1 : undefined);
  if (typeof label === 'number' && Number.isFinite(label)) return String(label);
  return typeof label === 'string' && label.trim() !== '' ? label.trim().slice(0, MAX_TYPE_NAME) : null;
}

/**
 * Reads the selectors of one target (`raw` is its `selector` value: one selector or an array).
 * The first usable quote anywhere in a chain is kept (a quote refining a CSS or fragment
 * selector is still the passage's text); a position only at the top level, since one that
 * refines another selector counts from inside that selector's element, not from the document.
 */
export function readPassage(raw: unknown, options: PassageOptions): PassageRead {
  const read: PassageRead = { selectors: [], hadSelectors: false, unusable: [], page: null };
  if (raw === undefined || raw === null) return read;
  const list = Array.isArray(raw) ? raw.slice(0, MAX_SELECTORS) : [raw];
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  for (const top of list) {
    let node: unknown = top;
    for (let depth = 0; depth < MAX_REFINEMENTS && isRecord(node); depth++) {
      read.hadSelectors = true;
      const type = typeName(node);
      let used = false;
      if (type === 'TextQuoteSelector') {
        const found = quoteFrom(node);
        if (found && !quote) quote = found;
        used = found !== null;
      } else if (type === 'TextPositionSelector' && depth === 0 && options.positions) {
        const found = positionFrom(node);
        if (found && !position) position = found;
        used = found !== null;
      } else if (type === 'PageSelector') {
        read.page ??= pageLabel(node);
        used = true;
      }
      if (!used && !read.unusable.includes(type) && read.unusable.length < 8) read.unusable.push(type);
      const next: unknown = node['refinedBy'];
      node = Array.isArray(next) ? next[0] : next;
    }
  }
  if (quote) read.selectors.push(quote);
  if (position) read.selectors.push(position);
  return read;
}
