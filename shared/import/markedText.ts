/**
 * The text of one block as a walk over markup reads it, with the inline marks opened and
 * closed along the way. When a block ends inside a mark (a link around a whole card, an
 * emphasis around two paragraphs) the mark is cut there and carries on in the next block.
 */
import type { InlineMarkKind } from '../model';
import { codeBlockText, proseText } from './codeText';
import { tidyMarks, type DraftMark } from './inlineMarks';
import { collapseProse } from './proseMap';

/** A block's text and its marks, offsets into that text. */
export interface MarkedBlockText {
  text: string;
  marks: DraftMark[];
}

/** An open mark: where it started, in the block it was opened in. */
interface OpenMark {
  kind: InlineMarkKind;
  href?: string;
  style: string;
  start: number;
  /** The block it was opened in; in any later block it started at the block's beginning. */
  block: number;
}

/**
 * Raw text gathered for the current block, with its open and closed marks. Every step is
 * constant time however deeply marks nest (the HTML adoption agency can nest thousands of
 * `<b><i>` around every block): a block's end looks at one open mark per style, not at all.
 */
export class MarkedText {
  private raw = '';
  private block = 0;
  private readonly open: OpenMark[] = [];
  /** The open marks of each style (kind and address), outermost first. */
  private readonly openByStyle = new Map<string, OpenMark[]>();
  private closed: DraftMark[] = [];

  /** Adds raw text (whitespace is collapsed when the block is taken). */
  append(text: string): void {
    this.raw += text;
  }

  /** The raw text gathered so far. */
  get text(): string {
    return this.raw;
  }

  /** Opens a mark at the current end of the text; `href` only for a link. */
  openMark(kind: InlineMarkKind, href?: string): void {
    const style = href === undefined ? kind : `${kind} ${href}`;
    const mark: OpenMark = href === undefined ? { kind, style, start: this.raw.length, block: this.block } : { kind, href, style, start: this.raw.length, block: this.block };
    this.open.push(mark);
    const same = this.openByStyle.get(style);
    if (same) same.push(mark);
    else this.openByStyle.set(style, [mark]);
  }

  /** Closes the innermost open mark at the current end of the text. */
  closeMark(): void {
    const mark = this.open.pop();
    if (!mark) return;
    const same = this.openByStyle.get(mark.style)!;
    same.pop();
    // An outer mark of the same style is still open and will cover all of this one.
    if (same.length > 0) return;
    this.openByStyle.delete(mark.style);
    this.keep(mark);
  }

  /** Records `mark` as running from its start in this block to the current end of the text. */
  private keep(mark: OpenMark): void {
    const start = mark.block === this.block ? mark.start : 0;
    if (this.raw.length > start) this.closed.push(mark.href === undefined ? { kind: mark.kind, start, end: this.raw.length } : { kind: mark.kind, href: mark.href, start, end: this.raw.length });
  }

  /** Ends the block: the open marks run to here, and on into the next block. */
  private cut(): DraftMark[] {
    // Marks of one style are merged later, so the outermost of each style is enough.
    for (const same of this.openByStyle.values()) this.keep(same[0]!);
    const marks = this.closed;
    this.closed = [];
    this.raw = '';
    this.block++;
    return marks;
  }

  /** Takes the block as prose: whitespace collapsed and the marks carried over to the collapsed text. */
  takeProse(): MarkedBlockText {
    if (this.closed.length === 0 && this.open.length === 0) {
      // Most blocks carry no marks: no positions to map.
      const text = proseText(this.raw);
      this.cut();
      return { text, marks: [] };
    }
    const { text, positions } = collapseProse(this.raw);
    const marks = this.cut().map((m) => ({ ...m, start: positions[m.start]!, end: positions[m.end]! }));
    return { text, marks: tidyMarks(marks, text) };
  }

  /** Takes the block as code: its lines kept as written; marks inside code are not kept. */
  takeCode(): MarkedBlockText {
    const text = codeBlockText(this.raw);
    this.cut();
    return { text, marks: [] };
  }
}
