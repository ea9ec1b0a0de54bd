/**
 * The shapes of the library statistics: totals, per document, per tag and the last seven days.
 * Counts are of the user's own annotations.
 */
import type { HighlightColor } from '../model';

/** How many annotations have each highlight colour. */
export type ColorCounts = Record<HighlightColor, number>;

/** A tag and how many annotations carry it. */
export interface TagTally {
  tag: string;
  count: number;
}

/** One annotated document. */
export interface DocumentStatistics {
  documentId: string;
  title: string;
  /** Annotations on the document. */
  total: number;
  /** Annotations with a note. */
  notes: number;
  byColor: ColorCounts;
  /** Its tags, most used first. */
  tags: TagTally[];
  /** The newest creation or change of one of its annotations (ISO), or null when no date could be read. */
  lastAnnotated: string | null;
}

/** One tag across the library. */
export interface TagStatistics {
  tag: string;
  count: number;
  byColor: ColorCounts;
  /** How many documents have an annotation with this tag. */
  documents: number;
}

/** One day of the last seven, in the user's time zone. */
export interface DayCount {
  /** The local date, `YYYY-MM-DD`. */
  date: string;
  count: number;
}

/** An annotation made in the last seven days. */
export interface RecentAnnotation {
  annotationId: string;
  documentId: string;
  title: string;
  /** The highlighted passage, on one line and shortened. */
  quote: string;
  color: HighlightColor;
  hasNote: boolean;
  createdAt: string;
}

/** What was annotated in the seven days up to and including today. */
export interface WeekStatistics {
  /** Seven days, oldest first; the last one is today. */
  days: DayCount[];
  total: number;
  /** The newest annotations of the week, newest first, at most {@link RECENT_LIMIT}. */
  recent: RecentAnnotation[];
}

/** Statistics of the user's own annotations in the library (or in one document). */
export interface LibraryStatistics {
  totals: {
    highlights: number;
    notes: number;
    /** Distinct tags in use. */
    tags: number;
    documentsAnnotated: number;
    /** Documents looked at (the library, or the one document asked for). */
    documents: number;
  };
  byColor: ColorCounts;
  /** Annotated documents, most annotations first. */
  documents: DocumentStatistics[];
  /** Tags in use, most used first. */
  tags: TagStatistics[];
  week: WeekStatistics;
  /** Documents whose annotations could not be read, each said in a sentence; the others are counted. */
  problems: string[];
}

/** At most this many of the week's annotations are listed. */
export const RECENT_LIMIT = 50;

/** At most this many characters of a quote are listed. */
export const QUOTE_CHARS = 120;
