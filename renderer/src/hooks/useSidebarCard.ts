import { useCallback, useEffect, useRef } from 'react';
import type { ListItemProps } from '../components/VirtualCardList';

/**
 * What a sidebar card's `<li>` needs: one `ref` that both keeps the element (to scroll the card
 * into view when it becomes active) and lets the virtual list measure it, and the list's
 * position attributes to spread on it. Outside a virtual list `listItem` is undefined.
 */
export function useSidebarCard(listItem: ListItemProps | undefined, active: boolean) {
  const card = useRef<HTMLLIElement>(null);
  const measure = listItem?.ref;
  const ref = useCallback(
    (element: HTMLLIElement | null) => {
      card.current = element;
      measure?.(element);
    },
    [measure],
  );
  const { ref: _ignored, ...position } = listItem ?? {};

  useEffect(() => {
    if (active) card.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  return { ref, position };
}
