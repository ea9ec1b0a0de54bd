import { useEffect } from 'react';
import { FIND_BAR_KEYS, findBarAction } from '../../../shared/shortcuts';
import { HIGHLIGHT_COLOR_NAMES, type HighlightColor } from '../../../shared/model';
import type { FindInDocument } from '../hooks/useFindInDocument';
import { findCountText } from '../lib/findCount';
import { shortcutText } from '../lib/platform';

interface FindBarProps {
  find: FindInDocument;
  /** The colour new highlights get. */
  color: HighlightColor;
  /** False when highlights cannot be made here (read-only annotations). */
  canHighlight: boolean;
  /** Makes the current match a highlight in `color`. */
  onHighlight: () => void;
}

/**
 * The find bar above the text: a search box, the count, previous/next, Match case and Whole
 * words, and Highlight (the current match becomes a highlight). Enter and F3 move on, with
 * Shift back; Escape closes it and gives focus back to the text.
 */
export function FindBar({ find, color, canHighlight, onHighlight }: FindBarProps) {
  const { query, options, result, current, inputRef, barRef, setQuery, setOptions, step, close } = find;
  const count = result.matches.length;

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [inputRef]);

  // F3 and Shift+F3 work wherever focus is while the bar is open; Escape also from the text.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const action = findBarAction(event);
      const inBar = event.target instanceof Node && barRef.current?.contains(event.target);
      if (event.key === 'F3' && action) {
        event.preventDefault();
        step(action === 'previous' ? -1 : 1);
      } else if (action === 'close' && !inBar && (event.target === document.body || (event.target as Element).closest?.('.document-text'))) {
        close();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [barRef, step, close]);

  const colorName = HIGHLIGHT_COLOR_NAMES[color].toLowerCase();
  return (
    <div
      ref={barRef}
      className="find-bar"
      role="search"
      aria-label="Find in document"
      onKeyDown={(event) => {
        if (findBarAction(event) !== 'close') return;
        event.preventDefault();
        close();
      }}
    >
      <label htmlFor="find-query" className="find-label">
        Find
      </label>
      <input
        id="find-query"
        ref={inputRef}
        type="text"
        className="find-input"
        value={query}
        spellCheck={false}
        autoComplete="off"
        aria-describedby="find-count"
        title={`Find in this reading (${shortcutText('find-in-document')}); ignores case and accents unless asked`}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          const action = findBarAction(event);
          if (event.key !== 'Enter' || !action || action === 'close') return;
          event.preventDefault();
          step(action === 'previous' ? -1 : 1);
        }}
      />
      <output id="find-count" className="find-count" aria-live="polite">
        {findCountText(query, count, current, result.truncated)}
      </output>
      <button type="button" className="find-step" aria-label="Previous match" title={`Previous match (${FIND_BAR_KEYS.previous})`} disabled={count === 0} onClick={() => step(-1)}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="find-step" aria-label="Next match" title={`Next match (${FIND_BAR_KEYS.next})`} disabled={count === 0} onClick={() => step(1)}>
        <span aria-hidden="true">↓</span>
      </button>
      <label className="find-option">
        <input type="checkbox" checked={options.matchCase} onChange={(event) => setOptions({ ...options, matchCase: event.target.checked })} />
        Match case
      </label>
      <label className="find-option">
        <input type="checkbox" checked={options.wholeWords} onChange={(event) => setOptions({ ...options, wholeWords: event.target.checked })} />
        Whole words
      </label>
      {canHighlight ? (
        <button
          type="button"
          className="find-highlight"
          disabled={current === -1}
          title={`Highlight this match in ${colorName} (${shortcutText('highlight')})`}
          onClick={onHighlight}
        >
          <span className={`find-swatch swatch-${color}`} aria-hidden="true" />
          Highlight<span className="sr-only"> this match in {colorName}</span>
        </button>
      ) : null}
      <button type="button" className="find-close" aria-label="Close find" title={`Close find (${FIND_BAR_KEYS.close})`} onClick={close}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
