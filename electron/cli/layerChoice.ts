/** The `--layer` option: own, all, or one person named on the command line. */
import type { LayerChoice } from '../../shared/apiSchemas';
import { ServiceError } from '../../shared/errors';
import type { ServiceHandlers } from '../services/serviceApi';

/**
 * Turns `own`, `all`, a person's name (case-insensitive) or a person's `urn:uuid:` id into a
 * layer choice, looking at the layers of `documentIds`; a clear error when nobody matches.
 */
export async function resolveLayer(services: ServiceHandlers, wanted: string, documentIds: readonly string[]): Promise<LayerChoice> {
  if (wanted === 'own' || wanted === 'all') return wanted;
  const people = new Map<string, string>();
  for (const documentId of documentIds) {
    for (const layer of await services.listLayers({ documentId })) people.set(layer.creator.id, layer.creator.name);
  }
  const matches = [...people].filter(([id, name]) => id === wanted || name.toLowerCase() === wanted.toLowerCase());
  if (matches.length === 1) return matches[0]![0];
  if (matches.length > 1) throw new ServiceError('INVALID_ARGUMENT', `Several people are called “${wanted}”; use an id: ${matches.map(([id]) => id).join(', ')}`);
  throw new ServiceError('NOT_FOUND', `Nobody called “${wanted}” has a layer here. Run “marginalia layers --doc <doc>” to see them.`);
}
