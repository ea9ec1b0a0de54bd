/**
 * The data model shared by every layer: documents, their blocks, and annotations.
 * Offsets are UTF-16 code-unit indices into a document's canonical `text`.
 */

/** The structural role of one block of a document. */
export type BlockKind = 'heading' | 'paragraph' | 'quote' | 'list-item' | 'code' | 'caption';

/** A contiguous run of a document's canonical text, `[start, end)`. Blocks are separated by "\n\n". */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
}

/** Where a document came from. */
export interface DocumentSource {
  kind: 'sample' | 'file';
  /** The file name the user (or the sample manifest) gave, never a full path. */
  name: string;
  importedAt: string;
  /** SHA-256 of the canonical text, hex; used to recognise a file imported twice. */
  sha256: string;
}

/** The list entry for one document, kept in the library index. */
export interface DocumentSummary {
  id: string;
  title: string;
  source: DocumentSource;
  /** Characters of canonical text, for display. */
  length: number;
  annotationCount: number;
}

/** A whole document: its summary plus canonical text and block structure. */
export interface DocumentRecord {
  id: string;
  title: string;
  source: DocumentSource;
  text: string;
  blocks: Block[];
}

/** W3C Web Annotation TextQuoteSelector. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** Who made an annotation: the user, or the author of a packet the user opened. */
export type AnnotationOrigin = 'own' | { packetId: string };

/** A highlight with its note and tags. The quote selector is the truth; the position is a hint. */
export interface Annotation {
  id: string;
  documentId: string;
  target: { selector: Selector[] };
  color: HighlightColor;
  note: string;
  tags: string[];
  origin: AnnotationOrigin;
  createdAt: string;
  updatedAt: string;
}

/** The highlight colours, in the order the toolbar shows them. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** Human-readable names of the colours, used for accessible labels and exports. */
export const HIGHLIGHT_COLOR_NAMES: Readonly<Record<HighlightColor, string>> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};

/** The passage an annotation was made on, from its quote selector ("" when it has none). */
export function quoteOf(annotation: Pick<Annotation, 'target'>): string {
  const quote = annotation.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  return quote?.exact ?? '';
}
