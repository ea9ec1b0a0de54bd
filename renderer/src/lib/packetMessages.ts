/**
 * What the app says after File → Open… read a `.marginalia` file: whose layer it was, and
 * whether it was new, updated (and how) or already there.
 */
import type { LayerChange } from '../../../shared/api';
import { plural } from '../../../shared/text/plural';
import { layerLabel, personName } from './layerLabels';

function changes({ added, changed, removed }: Pick<LayerChange, 'added' | 'changed' | 'removed'>): string {
  const parts = [added > 0 ? `${added} added` : '', changed > 0 ? `${changed} changed` : '', removed > 0 ? `${removed} removed` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'no annotation changed';
}

/** The message after opening a packet or hand-in for the document titled `title`. */
export function packetOpenedMessage(title: string, layer: LayerChange): string {
  const name = personName(layer.author, layer.role);
  const what = layer.kind === 'packet' ? `${name}’s packet` : `${name}’s hand-in`;
  const label = layerLabel(layer.role === 'own' ? { creator: layer.author, role: 'student' } : { creator: layer.author, role: layer.role });
  switch (layer.status) {
    case 'added':
      return `Opened ${what} for “${title}”: ${plural(layer.added, 'annotation')}, shown as the layer “${label}” beside your own notes. It is read-only.`;
    case 'updated':
      return `Updated ${what} for “${title}” to revision ${layer.revision}: ${changes(layer)}. Your own highlights and answers are unchanged.`;
    case 'unchanged':
      return `You already have revision ${layer.revision} of ${what} for “${title}”, so nothing changed.`;
  }
}
