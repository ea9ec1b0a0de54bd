/**
 * Importing other tools' annotations (W3C, Hypothesis, Readium/Thorium, Kindle, Readwise):
 * the file is read and the whole import planned in the worker (detected by content, routed to
 * library documents, anchored, deduplicated), then, unless it is a dry run, written: the user's
 * own annotations to their layer, other people's to theirs. The plan is the preview's report.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ServiceError } from '../../../shared/errors';
import type { ImportReport, ImportTarget } from '../../../shared/import/tools/importAll';
import type { ForeignPlan } from '../../../shared/import/tools/plan';
import type { DataSession } from '../dataSession';
import { layerKeyFor, type LayerFile } from '../layerStore';
import type { PathHandlers } from '../serviceApi';
import { decodeUserText } from '../textDecoding';
import { runInWorker } from '../worker/runInWorker';

/** Largest annotations file read. */
export const MAX_FOREIGN_FILE_BYTES = 20 * 1024 * 1024;

/** What an import did (or, in a dry run, would do). */
export interface ForeignImportOutcome {
  report: ImportReport;
  written: boolean;
}

async function readText(file: string): Promise<{ name: string; text: string }> {
  const name = path.basename(file);
  const info = await stat(file).catch(() => null);
  if (!info || !info.isFile()) throw new ServiceError('UNREADABLE_FILE', `“${name}” could not be read.`);
  if (info.size === 0) throw new ServiceError('EMPTY_FILE', `“${name}” is empty, so nothing was imported.`);
  if (info.size > MAX_FOREIGN_FILE_BYTES) throw new ServiceError('FILE_TOO_LARGE', `“${name}” is larger than 20 MB; nothing was imported.`);
  const bytes = await readFile(file).catch(() => {
    throw new ServiceError('UNREADABLE_FILE', `“${name}” could not be read.`);
  });
  // Kindle's "My Clippings.txt" is UTF-8 with a BOM on most devices, UTF-16 on some.
  return { name, text: (await decodeUserText(name, bytes)).text };
}

/** Writes one document's planned annotations: the user's own, then each other person's layer. */
async function writePlan(session: DataSession, plan: ForeignPlan, format: string): Promise<void> {
  await session.onAnnotations(plan.documentId, (store) => store.addMany(plan.documentId, plan.own));
  for (const additions of plan.others) {
    const previous = await session.layers.get(plan.documentId, layerKeyFor(additions.creator));
    const layer: LayerFile = previous
      ? { ...previous, annotations: [...previous.annotations, ...additions.annotations] }
      : {
          schemaVersion: 1,
          documentId: plan.documentId,
          creator: additions.creator,
          role: 'other',
          source: { kind: 'import', id: format, revision: 1, title: `Imported from ${format}`, instructions: '', receivedAt: session.stamp() },
          annotations: additions.annotations,
        };
    await session.layers.put(layer);
  }
}

export function foreignImportHandlers(session: DataSession): Pick<PathHandlers, 'importForeignFile'> {
  return {
    async importForeignFile({ path: file, documentId, dryRun }) {
      if (!dryRun && session.options.readOnly) {
        throw new ServiceError('FORBIDDEN', session.options.readOnlyReason ?? 'The library is open read-only.');
      }
      const { name, text } = await readText(file);
      const docs = documentId !== undefined ? [session.library.summary(documentId)] : session.library.list();
      const targets: ImportTarget[] = [];
      for (const summary of docs) {
        const document = await session.library.get(summary.id);
        const { annotations: own } = await session.onAnnotations(summary.id, (store) => store.list(summary.id));
        const others = (await session.layers.list(summary.id)).flatMap((l) => l.annotations);
        targets.push({ document, own, others });
      }
      const planned = await runInWorker(
        'planForeignImport',
        { text, fileName: name, targets, ...(documentId !== undefined ? { given: documentId } : {}), profile: session.profile.person, now: session.stamp() },
        { fileName: name, outcome: 'nothing was imported', timeoutMs: 60_000, onProgress: (done, total) => session.options.onProgress?.({ task: 'import', done, total }) },
      );
      if (!planned.ok) throw new ServiceError('UNSUPPORTED_FILE', `“${name}”: ${planned.problem}`);
      if (!dryRun) for (const plan of planned.plans) await writePlan(session, plan, planned.report.format);
      return { report: planned.report, written: !dryRun };
    },
  };
}
