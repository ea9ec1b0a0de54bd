/** `marginalia rename`, `marginalia rm` and `marginalia trash [list|restore <entry>]`: library management from the command line. */
import type { TrashEntry } from '../../shared/api';
import { plural } from '../../shared/text/plural';
import { terminalField } from '../../shared/text/terminalSafe';
import type { ServiceHandlers } from '../services/serviceApi';
import { UsageError } from './args';

/** What the library commands need from the command line's shell. */
export interface LibraryCommandContext {
  /** The services, opened for writing (holding the lock) or only for reading. */
  services: (writes: boolean, command: string) => Promise<ServiceHandlers>;
  findDocument: (services: ServiceHandlers, wanted: string) => Promise<string>;
  out: (text: string) => void;
  /** The current time, for "days left". */
  now?: () => Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Runs `rename <doc> <title>`. */
export async function renameCommand(args: readonly string[], context: LibraryCommandContext): Promise<void> {
  if (args.length !== 2) throw new UsageError('usage: marginalia rename <id|title> <new title>');
  const services = await context.services(true, 'rename');
  const documentId = await context.findDocument(services, args[0]!);
  const before = (await services.listDocuments({})).find((d) => d.id === documentId)!.title;
  const renamed = await services.renameDocument({ documentId, title: args[1]! });
  context.out(`Renamed “${before}” to “${renamed.title}”.\n`);
}

/** Runs `rm <doc>`: the document and its highlights go to the trash. */
export async function removeCommand(args: readonly string[], context: LibraryCommandContext): Promise<void> {
  if (args.length !== 1) throw new UsageError('usage: marginalia rm <id|title>');
  const services = await context.services(true, 'rm');
  const documentId = await context.findDocument(services, args[0]!);
  const { entry } = await services.deleteDocument({ documentId });
  context.out(
    `Moved “${entry.title}” to the trash (entry ${entry.id}), with ${plural(entry.annotationCount, 'highlight')}; restore it within 30 days with: marginalia trash restore ${entry.id}\n`,
  );
}

/** One line per entry: id, when deleted (UTC), days left, highlights, title. */
function entryLine(entry: TrashEntry, now: Date): string {
  const left = Math.max(0, Math.ceil((Date.parse(entry.purgeAt) - now.getTime()) / DAY_MS));
  const deleted = `${entry.deletedAt.slice(0, 16).replace('T', ' ')}`;
  return `${entry.id}\t${deleted}\t${plural(left, 'day')} left\t${String(entry.annotationCount).padStart(5)}\t${terminalField(entry.title)}\n`;
}

/** Runs `trash [list] [--json]` or `trash restore <entry>`. */
export async function trashCommand(args: readonly string[], json: boolean, context: LibraryCommandContext): Promise<void> {
  const [action = 'list', ...rest] = args;
  if (action === 'list') {
    if (rest.length > 0) throw new UsageError('trash list takes no arguments');
    const entries = await (await context.services(false, 'trash')).listTrash({});
    if (json) return context.out(`${JSON.stringify(entries, null, 2)}\n`);
    if (entries.length === 0) return context.out('The trash is empty.\n');
    const now = (context.now ?? (() => new Date()))();
    for (const entry of entries) context.out(entryLine(entry, now));
    return;
  }
  if (action === 'restore') {
    if (rest.length !== 1) throw new UsageError('usage: marginalia trash restore <entry id>');
    const { document } = await (await context.services(true, 'trash restore')).restoreFromTrash({ entryId: rest[0]! });
    context.out(`Restored “${document.title}” with ${plural(document.annotationCount, 'highlight')}.\n`);
    return;
  }
  throw new UsageError(`unknown trash action “${action}”; use list or restore`);
}
