/**
 * Worker task: read another tool's annotations file and plan its import into the library (route,
 * anchor, deduplicate), off the main process's event loop. Pure, like every worker task.
 */
import type { Person } from '../../../shared/model';
import { readForeignAnnotations } from '../../../shared/import/tools/index';
import { planWholeImport, type ImportTarget, type WholeImport } from '../../../shared/import/tools/importAll';

export interface PlanForeignImportInput {
  text: string;
  fileName: string;
  targets: ImportTarget[];
  given?: string;
  profile: Person;
  now: string;
}

/** The planned import, or the one sentence saying why the file cannot be read at all. */
export function planForeignImportTask(input: PlanForeignImportInput, progress: (done: number, total: number) => void = () => {}): ({ ok: true } & WholeImport) | { ok: false; problem: string } {
  const read = readForeignAnnotations(input.text, input.fileName);
  if ('problem' in read) return { ok: false, problem: read.problem };
  const planned = planWholeImport({
    read,
    targets: input.targets,
    ...(input.given !== undefined ? { given: input.given } : {}),
    profile: input.profile,
    now: input.now,
    newId: () => globalThis.crypto.randomUUID(),
    onProgress: progress,
  });
  return { ok: true, ...planned };
}
