/**
 * Arrow-key movement inside a toolbar that is one Tab stop (the ARIA toolbar pattern): Left and
 * Right move between its buttons, wrapping around, Home and End go to the ends.
 */

/**
 * The index of the toolbar item `key` moves focus to from item `index` (-1 when focus is on
 * none) among `count` items, or null when the key does not move focus.
 */
export function rovingTarget(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
      return index < 0 ? 0 : (index + 1) % count;
    case 'ArrowLeft':
      return index < 0 ? count - 1 : (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
