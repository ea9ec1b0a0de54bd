/**
 * True while the page is being printed (or shown as printed): between `beforeprint` and
 * `afterprint`, or while the print media query matches. Lets print-only content, such as every
 * note of a long document, be rendered only when it is needed.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** Whether the page is printing now. */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => typeof matchMedia === 'function' && matchMedia('print').matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('print');
    const onChange = () => setPrinting(query.matches);
    // The print layout is taken right after beforeprint: render the print content synchronously.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(query.matches);
    query.addEventListener('change', onChange);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      query.removeEventListener('change', onChange);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
