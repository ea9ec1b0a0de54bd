/**
 * What every importer of another tool's annotations produces: the annotations as that tool
 * knew them (a quote, maybe offsets, a note, tags, who made it, which book or page it was on),
 * before they are routed to a library document and anchored in its text. One bad item never
 * stops the others: it becomes a problem with a reason, and the rest are read.
 */
import type { HighlightColor, Person, Selector } from '../../model';

/** The formats Marginalia reads annotations from, detected from a file's content. */
export type ForeignFormat = 'w3c' | 'hypothesis' | 'readium' | 'kindle' | 'readwise';

/** Where an annotation says it belongs, as far as the tool knew: used to find the library document. */
export interface DocumentHint {
  /** A URL, URN or other identifier of the source (Hypothesis `uri`, W3C `target.source`, Readium `about`). */
  source?: string;
  title?: string;
  author?: string;
}

/** One annotation read from another tool. */
export interface ForeignAnnotation {
  /** The id it had in its tool, when it had one (kept to skip it when the same file is imported again). */
  sourceId: string | null;
  document: DocumentHint;
  /** Who made it, when the file says so; otherwise it is the user's own. */
  creator: Person | null;
  /** What the tool knew of the passage: at least a quote (TextQuoteSelector) for a highlight; may be empty for a page note. */
  selectors: Selector[];
  note: string;
  tags: string[];
  color: HighlightColor;
  /** ISO 8601 date-times, already checked; null when the file had none or a bad one (a problem says so). */
  created: string | null;
  modified: string | null;
  /** For a reply: the `sourceId` of the annotation it answers. */
  replyTo: string | null;
  /** A motivation the file states that Marginalia keeps (a teacher's question); others follow from the note. */
  motivation?: 'questioning';
  /** A page note has no passage; a bookmark has no text at all (it is reported and skipped). */
  kind: 'highlight' | 'page-note';
  /** Where the tool placed it, for messages: "page 12", "location 100-102". */
  location: string | null;
}

/** The result of reading one file of another tool. */
export interface ForeignRead {
  format: ForeignFormat;
  annotations: ForeignAnnotation[];
  /** One plain sentence per item that could not be read or was skipped, saying which and why. */
  problems: string[];
}
