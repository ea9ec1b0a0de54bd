import { useId } from 'react';
import { HIGHLIGHT_COLORS, HIGHLIGHT_COLOR_NAMES, type HighlightColor } from '../../../shared/model';
import { ariaKeyShortcut, SHORTCUTS } from '../../../shared/shortcuts';
import { isFiltering, NO_FILTER, type AnnotationFilter } from '../lib/filterAnnotations';
import { IS_MAC, shortcutText } from '../lib/platform';

interface SidebarFilterProps {
  filter: AnnotationFilter;
  tags: readonly string[];
  onChange: (filter: AnnotationFilter) => void;
  inputRef: React.RefObject<HTMLInputElement | null>;
}

/** Free-text, colour and tag filters over the sidebar's highlights. */
export function SidebarFilter({ filter, tags, onChange, inputRef }: SidebarFilterProps) {
  const tagId = useId();
  const toggle = (color: HighlightColor) =>
    onChange({ ...filter, colors: filter.colors.includes(color) ? filter.colors.filter((c) => c !== color) : [...filter.colors, color] });
  return (
    <div className="sidebar-filter" role="search" aria-label="Filter highlights">
      <input
        ref={inputRef}
        type="search"
        aria-label="Filter highlights by text"
        aria-keyshortcuts={ariaKeyShortcut(SHORTCUTS['focus-filter'], IS_MAC)}
        placeholder={`Filter (${shortcutText('focus-filter')})`}
        value={filter.text}
        onChange={(event) => onChange({ ...filter, text: event.target.value })}
      />
      <div className="filter-row">
        <div role="group" aria-label="Filter by colour" className="color-choices">
          {HIGHLIGHT_COLORS.map((color) => (
            <button
              key={color}
              type="button"
              className={`swatch swatch-small swatch-${color}`}
              aria-pressed={filter.colors.includes(color)}
              aria-label={`Show ${HIGHLIGHT_COLOR_NAMES[color].toLowerCase()} highlights`}
              title={`Show ${HIGHLIGHT_COLOR_NAMES[color].toLowerCase()} highlights`}
              onClick={() => toggle(color)}
            />
          ))}
        </div>
        <label htmlFor={tagId} className="sr-only">
          Filter by tag
        </label>
        <select id={tagId} value={filter.tag} onChange={(event) => onChange({ ...filter, tag: event.target.value })}>
          <option value="">All tags</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              #{t}
            </option>
          ))}
        </select>
        {isFiltering(filter) ? (
          <button type="button" className="link-button" onClick={() => onChange(NO_FILTER)}>
            Clear
          </button>
        ) : null}
      </div>
    </div>
  );
}
