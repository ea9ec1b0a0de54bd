/**
 * The last step of reading one annotation of another tool, shared by the JSON readers: what
 * kind it is (a highlight with a passage, a note on the whole page, or nothing to import) and
 * the one sentence that says what was skipped or changed.
 */
import type { HighlightColor, Person } from '../../model';
import type { DocumentHint, ForeignAnnotation } from './foreignAnnotation';
import type { PassageRead } from './selectors';
import type { ProblemList } from './problems';

/** Everything read of one annotation, before its kind is decided. */
export interface ItemDraft {
  /** How messages name it: "Annotation 7". */
  label: string;
  sourceId: string | null;
  document: DocumentHint;
  creator: Person | null;
  passage: PassageRead;
  note: string;
  tags: string[];
  color: HighlightColor;
  created: string | null;
  modified: string | null;
  replyTo: string | null;
  questioning: boolean;
  location: string | null;
  /** Clauses saying what was changed while reading it. */
  issues: string[];
}

function selectorTypes(passage: PassageRead): string {
  const names = passage.unusable.length > 0 ? passage.unusable : ['unknown'];
  return names.length === 1 ? `a ${names[0]}` : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} selectors`;
}

/**
 * The annotation `draft` describes, or null (with its problem in `problems`) when there is
 * nothing to import. With a usable quote or position it is a highlight. Without one, a note is
 * kept as a note on the whole page (said in a problem when the file did point at a passage,
 * only in a way we cannot use); with no note either, it is skipped.
 */
export function finishItem(draft: ItemDraft, problems: ProblemList): ForeignAnnotation | null {
  const { passage, issues, label } = draft;
  const hasPassage = passage.selectors.length > 0;
  const hasNote = draft.note.trim() !== '';
  if (!hasPassage && !hasNote) {
    problems.addSkip(
      label,
      passage.hadSelectors
        ? `marks its passage only with ${selectorTypes(passage)}, which Marginalia cannot place, and has no note`
        : 'has no highlighted text and no note',
    );
    return null;
  }
  if (!hasPassage && passage.hadSelectors) {
    issues.push(`it marks its passage only with ${selectorTypes(passage)}, which Marginalia cannot place, so it was kept as a note on the whole document`);
  }
  problems.addChanges(label, issues);
  return {
    sourceId: draft.sourceId,
    document: draft.document,
    creator: draft.creator,
    selectors: passage.selectors,
    note: draft.note,
    tags: draft.tags,
    color: draft.color,
    created: draft.created,
    modified: draft.modified,
    replyTo: draft.replyTo,
    ...(draft.questioning ? { motivation: 'questioning' as const } : {}),
    kind: hasPassage ? 'highlight' : 'page-note',
    location: draft.location ?? (passage.page !== null ? `page ${passage.page}` : null),
  };
}
