/**
 * The shapes a handout is made from: the options callers pass, and the plan the renderers
 * share (who wrote what, where it anchors, which number it carries).
 */
import type { TextRange } from '../../anchoring';
import type { Annotation, DocumentRecord, HighlightColor, Person } from '../../model';

/** Whose annotations a layer holds: the user's own, a teacher's, or a student's. */
export type HandoutRole = 'own' | 'teacher' | 'student' | 'other';

/** One creator's annotations on the document. */
export interface HandoutLayer {
  creator: Person;
  role: HandoutRole;
  annotations: readonly Annotation[];
}

/** What {@link exportHandoutHtml} takes. */
export interface HandoutOptions {
  document: DocumentRecord;
  layers: readonly HandoutLayer[];
  /** Shown as the handout's heading; the document's title when absent or blank. */
  title?: string;
  /** Shown under the title, blank lines separating paragraphs. */
  instructions?: string;
  /** Notes beside the text in the right margin, or numbered at the end. */
  notes: 'margin' | 'endnotes';
  /** ISO time stamp shown as the date the handout was made; injected so output is reproducible. */
  generatedAt: string;
}

/** A reply shown under the annotation it answers. */
export interface HandoutReply {
  annotation: Annotation;
  author: string;
}

/** Where a numbered annotation ends in the rendered text: a block index and an offset in it. */
export interface BlockPoint {
  block: number;
  offset: number;
}

/** One annotation that is not a reply, with everything the renderers need to show it. */
export interface HandoutItem {
  annotation: Annotation;
  layer: number;
  role: HandoutRole;
  author: string;
  color: HighlightColor;
  /** Where it anchors, or null for a passage that is not in the text any more. */
  range: TextRange | null;
  /** Where its number goes: the end of its last block. Null for orphans. */
  end: BlockPoint | null;
  /** Underline track: overlapping highlights get different tracks, so each stays visible. */
  track: number;
  /** Its note number ([n]) when it has a note, is a question or has replies and anchors. */
  number: number | null;
  /** Its number in the Questions section when its motivation is `questioning`. */
  question: number | null;
  replies: HandoutReply[];
}

/** A layer as the legend shows it. */
export interface LayerSummary {
  author: string;
  role: HandoutRole;
  index: number;
  /** The colour the author used most, for the legend's sample. */
  color: HighlightColor;
}

/** Everything a handout shows, worked out once. */
export interface HandoutPlan {
  /** Anchored items in reading order. */
  placed: HandoutItem[];
  /** Items whose passage was not found, in layer order. */
  orphans: HandoutItem[];
  /** Anchored items with a note number, by number. */
  numbered: HandoutItem[];
  /** Questions, by question number (anchored first, then orphans). */
  questions: HandoutItem[];
  layers: LayerSummary[];
  /** Colours used by any item, in toolbar order. */
  colors: HighlightColor[];
}
