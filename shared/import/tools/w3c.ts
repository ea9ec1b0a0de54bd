/**
 * W3C Web Annotation JSON-LD, Marginalia's own exports and packets and other tools' alike: one
 * Annotation, an array, an AnnotationCollection or AnnotationPage (see `w3cContainers.ts`).
 * Each annotation becomes a ForeignAnnotation: its passage from the target's selectors, its
 * note and tags from its bodies, its creator, dates, our `marginalia:color`, a teacher's
 * question (motivation `questioning`) and what a reply answers (`marginalia:replyTo`, or the
 * target of a `replying` annotation). Bookmarks are counted and skipped. One bad annotation
 * costs only itself.
 */
import { MARGINALIA_NAMESPACE } from '../../export/w3c';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../model';
import { nearestHighlightColor } from './colours';
import { creatorFrom } from './creators';
import { readForeignDate } from './dates';
import type { ForeignRead } from './foreignAnnotation';
import { finishItem } from './foreignItem';
import { readReplyTarget, readSourceId } from './ids';
import { isRecord, readJsonFile, type FileRefusal, annotationRecord } from './jsonInput';
import { formatCount, readNote, tooManyAnnotations } from './limits';
import { bookmarksSkipped, ProblemList } from './problems';
import { readPassage, type PassageRead } from './selectors';
import { cleanTags } from './tags';
import { readW3CBodies } from './w3cBodies';
import { collectW3CItems, typesOf } from './w3cContainers';

/** How many targets of one annotation are looked at. */
const MAX_TARGETS = 100;
/** Longer sources are not identifiers any tool writes. */
const MAX_SOURCE = 2_000;

function motivationsOf(o: Record<string, unknown>): string[] {
  const m = o['motivation'];
  const list = Array.isArray(m) ? m.slice(0, 8) : [m];
  return list.filter((v): v is string => typeof v === 'string').map((v) => v.replace(/^oa:/, ''));
}

function cleanSource(value: unknown): string | null {
  if (isRecord(value)) value = value['id'] ?? value['@id'];
  if (typeof value !== 'string') return null;
  const source = value.trim();
  return source !== '' && source.length <= MAX_SOURCE ? source : null;
}

interface TargetRead {
  passage: PassageRead;
  source: string | null;
  /** Targets that are only IRIs: the document, or for a reply, the annotation it answers. */
  iris: string[];
}

/** The target (one, or the best of several: the first whose selectors give a passage). */
function readTargets(raw: unknown): TargetRead {
  const list = Array.isArray(raw) ? raw.slice(0, MAX_TARGETS) : [raw];
  const iris: string[] = [];
  let chosen: { passage: PassageRead; source: string | null } | null = null;
  let firstSource: string | null = null;
  let firstWithSelectors: { passage: PassageRead; source: string | null } | null = null;
  for (const target of list) {
    if (typeof target === 'string') {
      const iri = cleanSource(target);
      if (iri !== null) iris.push(iri);
      continue;
    }
    if (!isRecord(target)) continue;
    const source = cleanSource(target['source']) ?? (target['selector'] === undefined ? cleanSource(target['id']) : null);
    firstSource ??= source;
    const passage = readPassage(target['selector'], { positions: true });
    if (passage.selectors.length > 0) {
      chosen = { passage, source };
      break;
    }
    if (passage.hadSelectors) firstWithSelectors ??= { passage, source };
  }
  const best = chosen ?? firstWithSelectors;
  return {
    passage: best?.passage ?? { selectors: [], hadSelectors: false, unusable: [], page: null },
    source: best?.source ?? firstSource,
    iris,
  };
}

/** Our `marginalia:color` when it is one of ours; otherwise any colour a body or the annotation names. */
function colorOf(o: Record<string, unknown>, bodyColor: HighlightColor | null): HighlightColor {
  const ours = o['marginalia:color'] ?? o[`${MARGINALIA_NAMESPACE}color`];
  if (typeof ours === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(ours)) return ours as HighlightColor;
  return nearestHighlightColor(ours) ?? bodyColor ?? 'yellow';
}

interface Tally {
  bookmarks: number;
  links: number;
}

function readOne(value: unknown, index: number, problems: ProblemList, tally: Tally): ForeignRead['annotations'][number] | null {
  const item = annotationRecord(value, index, problems);
  if (!item) return null;
  const { label, record: raw } = item;
  const types = typesOf(raw);
  if (!types.includes('Annotation') && raw['target'] === undefined) {
    problems.addSkip(label, types.length > 0 ? `is of type “${types[0]!.slice(0, 40)}”, not an annotation` : 'is not an annotation (it has no target)');
    return null;
  }
  const motivations = motivationsOf(raw);
  if (motivations.includes('bookmarking')) {
    tally.bookmarks++;
    return null;
  }
  const issues: string[] = [];
  const sourceId = readSourceId(raw['id'] ?? raw['@id'], issues);
  const bodies = readW3CBodies(raw['body'], raw['bodyValue']);
  if (bodies.links > 0) tally.links++;
  const targets = readTargets(raw['target']);
  const ourReply = raw['marginalia:replyTo'] ?? raw[`${MARGINALIA_NAMESPACE}replyTo`];
  const replyIri = typeof ourReply === 'string' ? ourReply : motivations.includes('replying') ? (targets.iris[0] ?? null) : null;
  const replyTo = replyIri === null ? null : readReplyTarget(replyIri);
  const documentSource = targets.source ?? targets.iris.find((iri) => iri !== replyIri) ?? null;
  return finishItem(
    {
      label,
      sourceId,
      document: documentSource !== null ? { source: documentSource } : {},
      creator: creatorFrom(raw['creator']),
      passage: targets.passage,
      note: readNote(bodies.notes, issues),
      tags: cleanTags(bodies.tags, issues),
      color: colorOf(raw, bodies.color),
      created: readForeignDate(raw['created'], 'creation date', issues),
      modified: readForeignDate(raw['modified'], 'modification date', issues),
      replyTo,
      questioning: motivations.includes('questioning'),
      location: null,
      issues,
    },
    problems,
  );
}

/**
 * Reads an already parsed W3C Web Annotation value. A forbidden key (`__proto__`, …) in a
 * collection or page refuses the file; in an annotation, it skips that annotation. Never throws.
 */
export function readW3CValue(json: unknown): ForeignRead | FileRefusal {
  const found = collectW3CItems(json);
  if (found.refusal !== null) return { problem: found.refusal };
  const problems = new ProblemList();
  for (const note of found.notes) problems.addSummary(note);
  if (found.more) problems.addSummary(tooManyAnnotations(null));
  const tally: Tally = { bookmarks: 0, links: 0 };
  const annotations: ForeignRead['annotations'] = [];
  found.items.forEach((raw, index) => {
    const annotation = readOne(raw, index, problems, tally);
    if (annotation !== null) annotations.push(annotation);
  });
  if (tally.bookmarks > 0) {
    problems.addSummary(bookmarksSkipped(tally.bookmarks));
  }
  if (tally.links > 0) {
    const n = tally.links === 1 ? '1 annotation has a body that only links' : `${formatCount(tally.links)} annotations have bodies that only link`;
    problems.addSummary(`${n} to a resource elsewhere; Marginalia does not fetch links, so those bodies were left out.`);
  }
  return { format: 'w3c', annotations, problems: problems.sentences() };
}

/** Reads the text of a W3C Web Annotation file. Never throws: a file refused whole is a read with no annotations and that one problem. */
export function readW3CAnnotations(text: string): ForeignRead {
  return readJsonFile(text, 'w3c', readW3CValue);
}
