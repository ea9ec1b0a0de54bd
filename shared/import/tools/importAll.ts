/**
 * A whole import of another tool's file, planned: routed to library documents, each document's
 * share planned (anchored, deduplicated, placed in layers), and a report per document that the
 * preview shows and `--dry-run --json` prints. Pure; runs in the import worker.
 */
import type { Annotation, DocumentRecord, Person } from '../../model';
import type { ForeignAnnotation, ForeignRead } from './foreignAnnotation';
import { planForeignImport, type ForeignPlan } from './plan';
import { routeAnnotations } from './route';

/** One library document, with what it already has. */
export interface ImportTarget {
  document: DocumentRecord;
  own: readonly Annotation[];
  others: readonly Annotation[];
}

/** What the import does to one document. */
export interface DocumentReport {
  documentId: string;
  title: string;
  /** How the annotations found this document: given, source, title or quote. */
  routedBy: string;
  exact: number;
  approximate: number;
  duplicates: number;
  orphans: { quote: string; reason: string }[];
  /** New annotations per layer: the user's own, or another person's. */
  layers: { name: string; own: boolean; count: number }[];
}

/** The whole import: per document, what matched no document, and what could not be read. */
export interface ImportReport {
  format: ForeignRead['format'];
  documents: DocumentReport[];
  unmatched: { title: string; quote: string; reason: string }[];
  problems: string[];
}

export interface WholeImport {
  report: ImportReport;
  plans: ForeignPlan[];
}

function quoteOf(a: ForeignAnnotation): string {
  const quote = a.selectors.find((s) => s.type === 'TextQuoteSelector');
  return quote?.type === 'TextQuoteSelector' ? quote.exact : '';
}

const short = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);

/** Plans importing everything `read` holds into the library `targets` (all of it onto `given` when set). */
export function planWholeImport(input: {
  read: ForeignRead;
  targets: readonly ImportTarget[];
  given?: string;
  profile: Person;
  now: string;
  newId: () => string;
  /** Told after each document's share is planned: documents done, of those that get some. */
  onProgress?: (done: number, total: number) => void;
}): WholeImport {
  const { read, targets, profile } = input;
  const routes = routeAnnotations(
    read.annotations,
    targets.map((t) => ({ id: t.document.id, title: t.document.title, sourceName: t.document.source.name, text: t.document.text })),
    input.given,
  );
  const report: ImportReport = { format: read.format, documents: [], unmatched: [], problems: [...read.problems] };
  const plans: ForeignPlan[] = [];
  const byDocument = new Map<string, { index: number; item: ForeignAnnotation }[]>();
  read.annotations.forEach((item, index) => {
    const route = routes[index]!;
    if (route.documentId === null) {
      const title = item.document.title ?? item.document.source ?? '';
      report.unmatched.push({ title, quote: short(quoteOf(item) || item.note), reason: title ? `no document in your library has the title, source or passages of “${short(title)}”` : 'no document in your library has its passage' });
      return;
    }
    byDocument.set(route.documentId, [...(byDocument.get(route.documentId) ?? []), { index, item }]);
  });
  let done = 0;
  for (const target of targets) {
    const items = byDocument.get(target.document.id);
    if (!items) continue;
    input.onProgress?.(done++, byDocument.size);
    const plan = planForeignImport({ document: target.document, own: target.own, others: target.others, items, profile, now: input.now, newId: input.newId });
    plans.push(plan);
    const count = (status: string) => plan.outcomes.filter((o) => o.status === status).length;
    const orphans = plan.outcomes.filter((o) => o.status === 'orphan').map((o) => ({ quote: short(quoteOf(read.annotations[o.index]!) || read.annotations[o.index]!.note), reason: o.reason ?? '' }));
    report.documents.push({
      documentId: target.document.id,
      title: target.document.title,
      routedBy: routes[items[0]!.index]!.reason ?? 'given',
      exact: count('exact'),
      approximate: count('approximate'),
      duplicates: count('duplicate'),
      orphans,
      layers: [
        ...(plan.own.length > 0 ? [{ name: profile.name || 'You', own: true, count: plan.own.length }] : []),
        ...plan.others.map((l) => ({ name: l.creator.name, own: false, count: l.annotations.length })),
      ],
    });
  }
  input.onProgress?.(done, byDocument.size);
  return { report, plans };
}
