/**
 * Placing W3C annotations read from a file onto a document: each is re-anchored in the
 * document's text, given fresh selectors there, and skipped when the document already has the
 * same highlight (same passage, note and tags). A passage that cannot be found is kept as an
 * orphan with the selectors it came with.
 */
import { Anchorer, describeRange } from '../anchoring';
import { motivationFor } from '../annotations/motivation';
import type { Annotation, DocumentRecord, Person } from '../model';
import { quoteOf } from '../model';
import type { ImportedAnnotation } from '../export/w3c';

export interface ImportPlan {
  toAdd: Annotation[];
  duplicates: number;
  orphans: number;
}

const ID = /^[A-Za-z0-9_-]{1,100}$/;

function key(start: number | null, quote: string, note: string, tags: readonly string[]): string {
  return JSON.stringify([start, quote, note.trim(), [...tags].sort()]);
}

/** Works out which imported annotations to add to `document`, which already has `existing`; they become `creator`'s. */
export function planImport(
  document: DocumentRecord,
  existing: readonly Annotation[],
  imported: readonly ImportedAnnotation[],
  now: string,
  newId: () => string,
  creator: Person,
): ImportPlan {
  const anchorer = new Anchorer(document.text);
  const seen = new Set(existing.map((a) => key(anchorer.anchor(a.target.selector)?.start ?? null, quoteOf(a), a.note, a.tags)));
  const ids = new Set(existing.map((a) => a.id));
  const plan: ImportPlan = { toAdd: [], duplicates: 0, orphans: 0 };
  for (const item of imported) {
    const range = anchorer.anchor(item.selectors);
    const selector = range ? describeRange(document.text, range.start, range.end) : item.selectors;
    const candidate = { target: { selector } };
    const k = key(range?.start ?? null, quoteOf(candidate), item.note, item.tags);
    if (seen.has(k)) {
      plan.duplicates++;
      continue;
    }
    seen.add(k);
    if (!range) plan.orphans++;
    const id = item.id && ID.test(item.id) && !ids.has(item.id) ? item.id : newId();
    ids.add(id);
    const created = item.created ?? now;
    plan.toAdd.push({
      id,
      documentId: document.id,
      target: { selector },
      color: item.color,
      note: item.note,
      tags: item.tags,
      origin: 'own',
      creator: { ...creator },
      motivation: motivationFor(item.note),
      createdAt: created,
      updatedAt: item.modified ?? created,
    });
  }
  return plan;
}
