import { useCallback, useEffect, useState } from 'react';
import { cardDrafts } from '../lib/draftStore';

/**
 * A text field's value in a sidebar card that outlives the card: while it differs from `saved`
 * it is kept in {@link cardDrafts} under `key`, and a card rendered again starts from it.
 * Returns the text, its setter, and `forget` (after sending or cancelling: back to `saved`).
 */
export function useCardDraft(key: string, saved: string) {
  const [text, setText] = useState(() => cardDrafts.restore(key, saved) ?? saved);
  useEffect(() => cardDrafts.keep(key, text, saved), [key, text, saved]);
  const forget = useCallback(() => {
    cardDrafts.forget(key);
    setText(saved);
  }, [key, saved]);
  return [text, setText, forget] as const;
}
