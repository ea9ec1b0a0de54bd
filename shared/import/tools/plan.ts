/**
 * Planning the import of other tools' annotations onto one document: each is anchored in the
 * document's text (found exactly, found approximately, or kept as an orphan with the passage
 * it was made on), skipped when the document already has it (by id, then by passage and
 * note), and placed in its creator's layer: the user's own, or another person's. Nothing is
 * written here: the plan is what the preview shows and what the service writes on confirmation.
 */
import { Anchorer, describeRange } from '../../anchoring';
import { motivationFor } from '../../annotations/motivation';
import type { Annotation, DocumentRecord, Person } from '../../model';
import type { ForeignAnnotation } from './foreignAnnotation';

const PLAIN_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** What happened to one imported annotation. */
export interface ItemOutcome {
  /** Its index in the file's list of annotations. */
  index: number;
  status: 'exact' | 'approximate' | 'orphan' | 'duplicate';
  /** Why it is an orphan or a duplicate, in words. */
  reason: string | null;
}

/** The annotations to add to one person's layer. */
export interface LayerAdditions {
  creator: Person;
  annotations: Annotation[];
}

export interface ForeignPlan {
  documentId: string;
  /** New annotations of the user's own layer. */
  own: Annotation[];
  /** New annotations of other people's layers, by person. */
  others: LayerAdditions[];
  outcomes: ItemOutcome[];
}

export interface ForeignPlanInput {
  document: DocumentRecord;
  /** The user's own annotations on the document. */
  own: readonly Annotation[];
  /** Other people's annotations on the document, every layer. */
  others: readonly Annotation[];
  items: readonly { index: number; item: ForeignAnnotation }[];
  profile: Person;
  now: string;
  newId: () => string;
}

function duplicateKey(creatorId: string, start: number | null, quote: string, note: string, tags: readonly string[]): string {
  return JSON.stringify([creatorId, start, quote, note.trim(), [...tags].sort()]);
}

function quoteOf(selectors: Annotation['target']['selector']): string {
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  return quote?.type === 'TextQuoteSelector' ? quote.exact : '';
}

/** Works out what importing `items` onto `document` adds, skips and keeps as orphans. */
export function planForeignImport(input: ForeignPlanInput): ForeignPlan {
  const { document, profile } = input;
  const anchorer = new Anchorer(document.text);
  const existing = [...input.own, ...input.others];
  const seen = new Set(existing.map((a) => duplicateKey(a.creator.id, anchorer.anchor(a.target.selector)?.start ?? null, quoteOf(a.target.selector), a.note, a.tags)));
  const ids = new Set(existing.map((a) => a.id));
  const idBySource = new Map<string, string>();
  const plan: ForeignPlan = { documentId: document.id, own: [], others: [], outcomes: [] };
  const layers = new Map<string, LayerAdditions>();
  const placed: { annotation: Annotation; replyTo: string | null; outcome: number }[] = [];

  for (const { index, item } of input.items) {
    const creator = item.creator ?? profile;
    // The same id already here (our own export re-imported, the same Hypothesis file twice).
    if (item.sourceId !== null && PLAIN_ID.test(item.sourceId) && ids.has(item.sourceId) && existing.some((a) => a.id === item.sourceId && a.creator.id === creator.id)) {
      plan.outcomes.push({ index, status: 'duplicate', reason: 'it is already in this document (same id)' });
      idBySource.set(item.sourceId, item.sourceId);
      continue;
    }
    const range = item.selectors.length > 0 ? anchorer.anchor(item.selectors) : null;
    const selectors = range ? describeRange(document.text, range.start, range.end) : item.selectors;
    const key = duplicateKey(creator.id, range?.start ?? null, quoteOf(selectors), item.note, item.tags);
    if (seen.has(key)) {
      plan.outcomes.push({ index, status: 'duplicate', reason: 'the same passage with the same note and tags is already here' });
      continue;
    }
    seen.add(key);
    const id = item.sourceId !== null && PLAIN_ID.test(item.sourceId) && !ids.has(item.sourceId) ? item.sourceId : input.newId();
    ids.add(id);
    if (item.sourceId !== null) idBySource.set(item.sourceId, id);
    const exact = range !== null && document.text.slice(range.start, range.end) === quoteOf(item.selectors);
    plan.outcomes.push(
      range
        ? { index, status: exact ? 'exact' : 'approximate', reason: null }
        : { index, status: 'orphan', reason: item.kind === 'page-note' ? 'it is a note on the whole page, with no passage' : 'its passage is not in this document’s text' },
    );
    const created = item.created ?? input.now;
    const annotation: Annotation = {
      id,
      documentId: document.id,
      target: { selector: selectors },
      color: item.color,
      note: item.note,
      tags: item.tags,
      origin: 'own',
      creator: creator.id === profile.id ? profile : creator,
      motivation: item.motivation ?? motivationFor(item.note),
      createdAt: created,
      updatedAt: item.modified ?? created,
    };
    placed.push({ annotation, replyTo: item.replyTo, outcome: plan.outcomes.length - 1 });
  }
  // Replies point at the new id of what they answer, once every id is known; a reply with no
  // passage of its own (Hypothesis writes none) sits on the passage of what it answers.
  const byId = new Map<string, { annotation: Annotation; outcome: number | null }>(existing.map((a) => [a.id, { annotation: a, outcome: null }]));
  for (const p of placed) byId.set(p.annotation.id, { annotation: p.annotation, outcome: p.outcome });
  for (const { annotation, replyTo, outcome } of placed) {
    const answered = replyTo === null ? undefined : idBySource.get(replyTo);
    let final: Annotation = answered !== undefined ? { ...annotation, motivation: 'replying', replyTo: answered } : annotation;
    const parent = answered !== undefined ? byId.get(answered) : undefined;
    if (parent && final.target.selector.length === 0 && parent.annotation.target.selector.length > 0) {
      final = { ...final, target: { selector: parent.annotation.target.selector.map((sel) => ({ ...sel })) } };
      const parentOutcome = parent.outcome === null ? null : plan.outcomes[parent.outcome]!;
      const found = parentOutcome ? parentOutcome.status !== 'orphan' : anchorer.anchor(parent.annotation.target.selector) !== null;
      plan.outcomes[outcome] = found
        ? { index: plan.outcomes[outcome]!.index, status: parentOutcome?.status === 'approximate' ? 'approximate' : 'exact', reason: null }
        : { index: plan.outcomes[outcome]!.index, status: 'orphan', reason: 'it answers a note whose passage is not in this document’s text' };
    }
    if (final.creator.id === profile.id) plan.own.push(final);
    else {
      const layer = layers.get(final.creator.id) ?? { creator: final.creator, annotations: [] };
      layer.annotations.push(final);
      layers.set(final.creator.id, layer);
    }
  }
  plan.others = [...layers.values()];
  return plan;
}
