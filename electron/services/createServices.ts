/**
 * The service layer behind the API contract: plain Node, no Electron, no dialogs. Main (after
 * asking the user for paths), the e2e test bridge and the command line all call these handlers.
 */
import { ServiceError } from '../../shared/errors';
import { parsePlainText } from '../../shared/import/plainText';
import { DataSession } from './dataSession';
import { decodeText } from './fileImport';
import { annotationHandlers } from './handlers/annotationHandlers';
import { exportHandlers } from './handlers/exportHandlers';
import { foreignImportHandlers } from './handlers/foreignImportHandlers';
import { importHandlers } from './handlers/importHandlers';
import { layerHandlers } from './handlers/layerHandlers';
import { libraryHandlers } from './handlers/libraryHandlers';
import { packetHandlers } from './handlers/packetHandlers';
import { searchHandlers } from './handlers/searchHandlers';
import { statisticsHandlers } from './handlers/statisticsHandlers';
import { trashHandlers } from './handlers/trashHandlers';
import { templateHandlers } from './handlers/templateHandlers';
import { versionHandlers } from './handlers/versionHandlers';
import { sha256Hex } from './libraryStore';
import { loadSamples } from './samples';
import { MUTATING_CALLS, type ServiceHandlers } from './serviceApi';
import type { ServiceOptions } from './serviceOptions';
import { Trash } from './trash';

export type { ServiceOptions } from './serviceOptions';

/** Adds the bundled sample articles to a library opened for the first time. */
async function addSamples(session: DataSession, samplesDir: string): Promise<void> {
  for (const sample of await loadSamples(samplesDir)) {
    const parsed = parsePlainText(await decodeText(sample.file, sample.bytes));
    await session.library.add(
      { parsed, title: sample.title, source: { kind: 'sample', name: sample.file, sha256: sha256Hex(parsed.text) } },
      session.stamp(),
    );
  }
}

/** The calls that never change the data folder (the search index's own file aside): they leave {@link DataSession.changes} as it is. */
const SEARCH_CALLS: ReadonlySet<keyof ServiceHandlers> = new Set<keyof ServiceHandlers>(['searchLibrary', 'listSearchPeople']);

/**
 * Makes every call but the searches count as a change once it ends, failed or not, so a search
 * that follows it looks at the files again. Reads count too: reading a damaged file moves it aside.
 */
function countChanges(session: DataSession, handlers: ServiceHandlers): void {
  const all = handlers as unknown as Record<string, (input: unknown) => Promise<unknown>>;
  for (const [name, handler] of Object.entries(all)) {
    if (SEARCH_CALLS.has(name as keyof ServiceHandlers)) continue;
    all[name] = async (input: unknown) => {
      try {
        return await handler(input);
      } finally {
        session.noteChange();
      }
    };
  }
}

/** Opens the library (adding the samples on first launch) and returns the service handlers. */
export async function createServices(options: ServiceOptions): Promise<ServiceHandlers> {
  const session = await DataSession.open(options);
  if (session.library.created && !options.readOnly) await addSamples(session, options.samplesDir);
  const trash = new Trash(session.paths);
  // Documents deleted more than 30 days ago leave the trash for good; a failure only delays it.
  if (!options.readOnly && !session.library.readOnly) await trash.purge((options.now ?? (() => new Date()))()).catch(() => 0);
  const packets = packetHandlers(session);
  const handlers: ServiceHandlers = {
    ...libraryHandlers(session),
    ...annotationHandlers(session),
    ...importHandlers(session, packets.openPacketFile),
    ...exportHandlers(session),
    ...layerHandlers(session),
    ...packets,
    ...foreignImportHandlers(session),
    ...versionHandlers(session),
    ...searchHandlers(session),
    ...statisticsHandlers(session),
    ...trashHandlers(session, trash),
    ...templateHandlers(session),
  };
  countChanges(session, handlers);
  if (!options.readOnly) return handlers;
  const refuse = async () => {
    throw new ServiceError('FORBIDDEN', options.readOnlyReason ?? 'The library is open read-only.');
  };
  return Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => [name, MUTATING_CALLS.has(name as keyof ServiceHandlers) ? refuse : handler]),
  ) as unknown as ServiceHandlers;
}
