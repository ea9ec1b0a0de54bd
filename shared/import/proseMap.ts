/**
 * Prose whitespace collapsing that remembers where each character went, so positions found in
 * the raw text (the start and end of an inline mark) can be carried to the collapsed text.
 */

/** Collapsed prose and, for each raw position 0…raw.length, its position in `text`. */
export interface CollapsedProse {
  text: string;
  /** `positions[i]` is where raw position `i` lands in `text` (0…text.length). */
  positions: Int32Array;
}

const WHITESPACE_RUN = /\s+/g;

/**
 * Collapses every run of whitespace to one space and trims the ends, exactly as
 * `proseText`, and maps every raw position to the collapsed text. Linear in the length.
 * A position inside a run of whitespace lands just after the run's single space.
 */
export function collapseProse(raw: string): CollapsedProse {
  const positions = new Int32Array(raw.length + 1);
  const parts: string[] = [];
  let written = 0;
  let from = 0;
  const copy = (to: number) => {
    for (let i = from; i < to; i++) positions[i] = written + (i - from);
    written += to - from;
    parts.push(raw.slice(from, to));
  };
  WHITESPACE_RUN.lastIndex = 0;
  for (let match = WHITESPACE_RUN.exec(raw); match; match = WHITESPACE_RUN.exec(raw)) {
    copy(match.index);
    const runEnd = match.index + match[0].length;
    positions[match.index] = written;
    for (let i = match.index + 1; i < runEnd; i++) positions[i] = written + 1;
    parts.push(' ');
    written += 1;
    from = runEnd;
  }
  copy(raw.length);
  positions[raw.length] = written;
  let text = parts.join('');
  const leading = text.startsWith(' ') ? 1 : 0;
  const trailing = text.length > leading && text.endsWith(' ') ? 1 : 0;
  if (leading || trailing) {
    text = text.slice(leading, text.length - trailing);
    for (let i = 0; i < positions.length; i++) positions[i] = Math.min(Math.max(positions[i]! - leading, 0), text.length);
  }
  return { text, positions };
}
