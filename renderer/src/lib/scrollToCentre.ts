/**
 * Scrolls a highlight to the middle of the reader, smoothly. In a long document the blocks
 * passed on the way take their real height only as they are laid out, so a long smooth scroll
 * can end beside its target: when the scroll ends with the target out of view, it is brought
 * into view at once. The user's own wheel, key or pointer input cancels that correction.
 */

/** How long after the jump a scroll end still counts as the jump's own, in milliseconds. */
const SETTLE_WITHIN = 2000;

/** Scrolls `target` to the centre of `scroller` and corrects the landing if content moved under it. */
export function scrollToCentre(target: HTMLElement, scroller: HTMLElement | null): void {
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (!scroller || typeof scroller.addEventListener !== 'function') return;
  const started = performance.now();
  const inputs = ['wheel', 'keydown', 'pointerdown'] as const;
  const stop = () => {
    scroller.removeEventListener('scrollend', settle);
    for (const type of inputs) window.removeEventListener(type, stop, true);
  };
  function settle() {
    stop();
    if (!target.isConnected || performance.now() - started > SETTLE_WITHIN) return;
    const view = scroller!.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    if (box.bottom <= view.top || box.top >= view.bottom) target.scrollIntoView({ block: 'center' });
  }
  scroller.addEventListener('scrollend', settle);
  for (const type of inputs) window.addEventListener(type, stop, true);
}
