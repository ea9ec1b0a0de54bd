/**
 * `marginalia packet create|handin` and `marginalia layers`: teacher packets and hand-ins from
 * the command line, through the same services as the app.
 */
import path from 'node:path';
import type { OpenFileOutcome } from '../../shared/api';
import { ServiceError } from '../../shared/errors';
import type { ServiceHandlers } from '../services/serviceApi';
import { UsageError } from './args';

/** What the packet commands need from the command line's shell. */
export interface PacketCommandContext {
  services: (writes: boolean, command: string) => Promise<ServiceHandlers>;
  findDocument: (services: ServiceHandlers, wanted: string) => Promise<string>;
  out: (text: string) => void;
}

function required(options: Map<string, string | true>, name: string): string {
  const value = options.get(name);
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} <value> is required`);
  return value;
}

function optional(options: Map<string, string | true>, name: string): string | undefined {
  const value = options.get(name);
  if (value === true) throw new UsageError(`--${name} needs a value`);
  return value;
}

/** `packet create` and `packet handin`. */
export async function packetCommand(sub: string | undefined, options: Map<string, string | true>, context: PacketCommandContext): Promise<void> {
  if (sub !== 'create' && sub !== 'handin') throw new UsageError('usage: marginalia packet create|handin --doc <id|title> --author <name> --out <file.marginalia>');
  const doc = required(options, 'doc');
  const author = required(options, 'author');
  const out = path.resolve(required(options, 'out'));
  const services = await context.services(true, `packet ${sub}`);
  const documentId = await context.findDocument(services, doc);
  await services.setProfileName({ name: author });
  const overwrite = options.has('force');
  const written =
    sub === 'create'
      ? await services.writePacketFile({
          documentId,
          title: optional(options, 'title') ?? (await services.getDocument({ documentId })).title,
          instructions: optional(options, 'instructions') ?? '',
          tag: optional(options, 'tag'),
          path: out,
          overwrite,
        })
      : await services.writeHandInFile({ documentId, path: out, overwrite });
  if (written.outcome.status === 'exists') throw new ServiceError('FORBIDDEN', `${out} exists, so nothing was written. Add --force to replace it.`);
  context.out(`Wrote ${sub === 'create' ? 'packet' : 'hand-in'} ${out} (${written.packetId}, revision ${written.revision}, ${written.annotations} annotations)\n`);
}

/** `layers --doc <doc> [--json]`: one line (or JSON entry) per layer. */
export async function layersCommand(options: Map<string, string | true>, context: PacketCommandContext): Promise<void> {
  const services = await context.services(false, 'layers');
  const documentId = await context.findDocument(services, required(options, 'doc'));
  const layers = (await services.listLayers({ documentId })).map((l) => ({
    name: l.creator.name,
    id: l.creator.id,
    role: l.role,
    count: l.annotations.length,
    readOnly: l.readOnly,
  }));
  if (options.has('json')) {
    context.out(`${JSON.stringify(layers, null, 2)}\n`);
    return;
  }
  for (const l of layers) context.out(`${l.role.padEnd(8)}\t${String(l.count).padStart(5)}\t${l.readOnly ? 'read-only' : 'editable'}\t${l.name || '(no name yet)'}\n`);
}

/** What `import` prints for a file it opened. */
export function describeOpened(outcome: Exclude<OpenFileOutcome, { status: 'cancelled' }>): string {
  const { document } = outcome;
  if (outcome.status === 'imported') return `Imported “${document.title}” as ${document.id}\n`;
  if (outcome.status === 'already-in-library') return `“${document.title}” is already in the library as ${document.id}\n`;
  const { layer } = outcome;
  const what = layer.kind === 'packet' ? 'packet' : 'hand-in';
  const counts = layer.status === 'unchanged' ? 'nothing changed' : `${layer.added} added, ${layer.changed} changed, ${layer.removed} removed`;
  return `Opened ${what} by ${layer.author.name} (${layer.role}, revision ${layer.revision}) on “${document.title}” as ${document.id}: ${counts}\n`;
}
