/**
 * Puts the own layer and other people's layers together for the reader: where each annotation
 * is in the text, which ones are painted (those of shown layers; a reply is shown under the
 * annotation it answers instead, unless that one is gone), and how each is painted and named.
 */
import { useMemo } from 'react';
import type { Layer } from '../../../shared/api';
import { segmentsByBlock, toSegments, type HighlightRange, type Segment } from '../../../shared/highlights/segments';
import { HIGHLIGHT_COLOR_NAMES, quoteOf, type Annotation, type DocumentRecord, type Person } from '../../../shared/model';
import { shorten } from '../../../shared/text/shorten';
import { possessive, type LayerInfo } from '../lib/layerLabels';
import type { PaintStyle } from '../lib/paintHighlights';
import { isReply, type LayerWithAnnotations } from '../lib/sidebarItems';
import { useAnchoredRanges, type AnchoredRanges } from './useAnchoredRanges';

interface LayeredInput {
  doc: DocumentRecord | null;
  own: readonly Annotation[];
  ownRanges: AnchoredRanges;
  ownKey: string;
  others: readonly Layer[];
  hidden: ReadonlySet<string>;
  /** Where the reader is, as a fraction of the text, so other layers' passages there are anchored first. */
  readerAt?: () => number;
}

/** An annotation with the layer it belongs to. */
export interface Located {
  annotation: Annotation;
  layer: LayerInfo;
}

const NOBODY: Person = { id: '', type: 'Person', name: '' };

/** The reader's combined view of every layer of one document. */
export function useLayeredHighlights({ doc, own, ownRanges, ownKey, others, hidden, readerAt }: LayeredInput) {
  const layers = useMemo<LayerWithAnnotations[]>(
    () => [
      { key: ownKey, creator: own[0]?.creator ?? NOBODY, role: 'own', readOnly: false, annotations: own },
      ...others.map((l) => ({ key: l.key, creator: l.creator, role: l.role, readOnly: true, annotations: l.annotations })),
    ],
    [own, ownKey, others],
  );

  const otherAnnotations = useMemo(() => others.flatMap((layer) => layer.annotations), [others]);
  const otherRanges = useAnchoredRanges(doc?.text ?? null, otherAnnotations, readerAt);

  const byId = useMemo(() => {
    const map = new Map<string, Located>();
    for (const layer of layers) {
      const info: LayerInfo = { key: layer.key, creator: layer.creator, role: layer.role, readOnly: layer.readOnly };
      for (const annotation of layer.annotations) map.set(annotation.id, { annotation, layer: info });
    }
    return map;
  }, [layers]);

  // Undefined while a passage is still being searched for (see useAnchoredRanges).
  const rangeOf = useMemo(() => (id: string) => (ownRanges.has(id) ? ownRanges.get(id) : otherRanges.get(id)), [ownRanges, otherRanges]);

  /** Ranges painted in the text: other layers first, so the own highlights are on top. */
  const painted = useMemo(() => {
    const list: HighlightRange[] = [];
    for (const layer of [...layers.slice(1), layers[0]!]) {
      if (hidden.has(layer.key)) continue;
      for (const a of layer.annotations) {
        if (isReply(a) && byId.has(a.replyTo!)) continue;
        const range = rangeOf(a.id);
        if (range) list.push(range as HighlightRange);
      }
    }
    return list;
  }, [layers, hidden, byId, rangeOf]);

  const segments = useMemo<Map<number, Segment[]>>(() => (doc ? segmentsByBlock(doc.blocks, toSegments(painted)) : new Map()), [doc, painted]);

  const style = useMemo<PaintStyle>(
    () => ({
      colorOf: (id) => byId.get(id)?.annotation.color,
      isOwn: (id) => byId.get(id)?.layer.role === 'own',
      startOf: (id) => rangeOf(id)?.start,
      labelOf: (id) => {
        const found = byId.get(id);
        if (!found) return 'Highlight';
        const { annotation, layer } = found;
        const colour = HIGHLIGHT_COLOR_NAMES[annotation.color];
        const kind = annotation.motivation === 'questioning' ? 'question' : 'highlight';
        const whose = layer.role === 'own' ? `${colour} ${kind}` : `${possessive(layer)} ${colour.toLowerCase()} ${kind}`;
        return `${whose}: ${shorten(quoteOf(annotation), 80)}`;
      },
    }),
    [byId, rangeOf],
  );

  return { layers, byId, rangeOf, painted, segments, style };
}
