/**
 * Where the reader left each document: the fraction of it scrolled past, kept in localStorage
 * per document, and read back safely.
 */

/** The localStorage key of a document's reading position. */
export function positionKey(documentId: string): string {
  return `marginalia.readingPosition.${documentId}`;
}

/** How far through a scroller is, from 0 (top) to 1 (end); 0 when nothing scrolls. */
export function scrollFraction(scrollTop: number, scrollHeight: number, clientHeight: number): number {
  const range = scrollHeight - clientHeight;
  if (!(range > 0)) return 0;
  return Math.min(1, Math.max(0, scrollTop / range));
}

/** The stored position of a document; 0 (the start) when none was stored or it is not a fraction. */
export function loadPosition(storage: Pick<Storage, 'getItem'> | null, documentId: string): number {
  try {
    const stored = storage?.getItem(positionKey(documentId)) ?? null;
    const value = stored === null ? NaN : Number(stored);
    return Number.isFinite(value) && value >= 0 && value <= 1 ? value : 0;
  } catch {
    return 0;
  }
}

/** Keeps a document's position; a full or unavailable storage only means it is not remembered. */
export function savePosition(storage: Pick<Storage, 'setItem'> | null, documentId: string, fraction: number): void {
  try {
    storage?.setItem(positionKey(documentId), String(Math.round(fraction * 10000) / 10000));
  } catch {
    // Not remembered across restarts.
  }
}

/**
 * `run` at most once per `wait` ms while called repeatedly, always with the latest call's
 * arguments run last; `flush` runs a pending call now, `cancel` drops it.
 */
export function throttle<A extends unknown[]>(run: (...args: A) => void, wait: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: A | null = null;
  let last = -Infinity;
  const fire = () => {
    timer = null;
    last = Date.now();
    const args = pending;
    pending = null;
    if (args) run(...args);
  };
  const call = (...args: A) => {
    pending = args;
    if (timer !== null) return;
    const due = last + wait - Date.now();
    if (due <= 0) fire();
    else timer = setTimeout(fire, due);
  };
  call.flush = () => {
    if (timer !== null) clearTimeout(timer);
    if (pending) fire();
    else timer = null;
  };
  call.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  return call;
}
