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

/**
 * One style (a kind, and a link's address) and how many marks of it are open: only the
 * outermost matters, since marks of one style are merged, so only its start is kept.
 */
interface OpenStyle {
  kind: InlineMarkKind;
  href?: string;
  open: number;
  start: number;
  /** The block the outermost was opened in; in any later block it started at the block's beginning. */
  block: number;
}

/**
 * Raw text gathered for the current block, with its open and closed marks. Every step is
 * constant time and allocates nothing however deeply marks nest (the HTML adoption agency
 * can nest thousands of `<b><i>` around every block): a block's end looks at the few styles
 * open, not at every open mark.
 */
export class MarkedText {
  private raw = '';
  private block = 0;
  /** The style of each open mark, innermost last. */
  private readonly open: OpenStyle[] = [];
  /** Each kind met, and each link address while one of its marks is open: a handful at any time. */
  private readonly styles = new Map<string, OpenStyle>();
  private closed: DraftMark[] = [];
  private words = false;

  /** Adds raw text (whitespace is collapsed when the block is taken). */
  append(text: string): void {
    this.raw += text;
    if (!this.words && /\S/.test(text)) this.words = true;
  }

  /** True once the block has some text that is not whitespace; constant time. */
  get hasWords(): boolean {
    return this.words;
  }

  /** The state of a style, made when first needed (a link's only while one of its marks is open). */
  private styleOf(kind: InlineMarkKind, href: string | undefined): OpenStyle {
    const key = href === undefined ? kind : `link ${href}`;
    let style = this.styles.get(key);
    if (!style) {
      style = href === undefined ? { kind, open: 0, start: 0, block: 0 } : { kind, href, open: 0, start: 0, block: 0 };
      this.styles.set(key, style);
    }
    return style;
  }

  /** Opens a mark at the current end of the text; `href` only for a link. */
  openMark(kind: InlineMarkKind, href?: string): void {
    const style = this.styleOf(kind, href);
    if (style.open === 0) {
      style.start = this.raw.length;
      style.block = this.block;
    }
    style.open++;
    this.open.push(style);
  }

  /** Closes the innermost open mark at the current end of the text. */
  closeMark(): void {
    const style = this.open.pop();
    if (!style) return;
    style.open--;
    // An outer mark of the same style is still open and will cover all of this one.
    if (style.open > 0) return;
    if (style.href !== undefined) this.styles.delete(`link ${style.href}`);
    this.keep(style);
  }

  /** Records a mark of `style` running from its outermost start in this block to the current end of the text. */
  private keep(style: OpenStyle): void {
    const start = style.block === this.block ? style.start : 0;
    if (this.raw.length > start) this.closed.push(style.href === undefined ? { kind: style.kind, start, end: this.raw.length } : { kind: style.kind, href: style.href, start, end: this.raw.length });
  }

  /** Ends the block: the open marks run to here, and on into the next block. */
  private cut(): DraftMark[] {
    for (const style of this.styles.values()) if (style.open > 0) this.keep(style);
    const marks = this.closed;
    this.closed = [];
    this.raw = '';
    this.words = false;
    this.block++;
    return marks;
  }

  /** Takes the block as prose: whitespace collapsed and the marks carried over to the collapsed text. */
  takeProse(): MarkedBlockText {
    if (this.raw.length === 0 || (this.closed.length === 0 && this.open.length === 0)) {
      // Most blocks carry no marks (and an empty one none that show): no positions to map.
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
