/**
 * Other people's layers on a document (a teacher's packet, students' hand-ins), read-only, and
 * which layers the reader has hidden. The own layer stays with `useDocumentAnnotations`, which
 * edits it; this hook only reads.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Layer } from '../../../shared/api';
import type { Notice } from '../components/NoticeBar';
import { call } from '../lib/api';
import { OWN_LAYER_KEY } from '../lib/layerLabels';

/** Loads the layers of `documentId` again whenever `loadCount` changes. */
export function useOtherLayers(documentId: string, loadCount: number, onMessage: (notice: Notice) => void) {
  const [others, setOthers] = useState<Layer[]>([]);
  const [ownKey, setOwnKey] = useState(OWN_LAYER_KEY);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    let live = true;
    void call('listLayers', { documentId }).then((result) => {
      if (!live) return;
      if (!result.ok) {
        onMessage({ tone: 'error', text: result.error.message });
        return;
      }
      setOwnKey(result.value.find((layer) => layer.role === 'own')?.key ?? OWN_LAYER_KEY);
      setOthers(result.value.filter((layer) => layer.role !== 'own'));
    });
    return () => {
      live = false;
    };
  }, [documentId, loadCount, onMessage]);

  /** Shows or hides one layer's highlights and cards. */
  const setShown = useCallback((key: string, shown: boolean) => {
    setHidden((before) => {
      if (shown !== before.has(key)) return before;
      const next = new Set(before);
      if (shown) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  return { others, ownKey, hidden, setShown };
}
