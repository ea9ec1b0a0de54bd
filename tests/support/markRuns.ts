import type { ParsedText } from '../../shared/import/plainText';

/** Every inline mark of parsed text as "kind:marked words" (and "→ address" for a link), in document order. */
export function markRuns(parsed: Pick<ParsedText, 'text' | 'blocks'>): string[] {
  return parsed.blocks.flatMap((b) => b.marks ?? []).map((m) => `${m.kind}:${parsed.text.slice(m.start, m.end)}${m.href ? ` → ${m.href}` : ''}`);
}
