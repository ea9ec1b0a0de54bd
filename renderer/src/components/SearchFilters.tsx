import { HIGHLIGHT_COLORS, HIGHLIGHT_COLOR_NAMES, type HighlightColor } from '../../../shared/model';
import type { SearchPerson } from '../../../shared/search';
import type { SearchFilters as Filters } from '../lib/searchResults';

interface SearchFiltersProps {
  filters: Filters;
  /** The other people with annotations in the library, for the layer filter. */
  people: readonly SearchPerson[];
  tags: readonly string[];
  onChange: (filters: Filters) => void;
}

/** The search page's filters: tag, colour and whose notes, each a labelled select. */
export function SearchFilters({ filters, people, tags, onChange }: SearchFiltersProps) {
  // A filter set before its option disappeared (a tag deleted) stays choosable until changed.
  const tagOptions = filters.tag && !tags.includes(filters.tag) ? [filters.tag, ...tags] : tags;
  return (
    <div className="search-filters">
      <label>
        Tag
        <select value={filters.tag} onChange={(e) => onChange({ ...filters, tag: e.target.value })}>
          <option value="">Any tag</option>
          {tagOptions.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label>
        Colour
        <select value={filters.color} onChange={(e) => onChange({ ...filters, color: e.target.value as HighlightColor | '' })}>
          <option value="">Any colour</option>
          {HIGHLIGHT_COLORS.map((color) => (
            <option key={color} value={color}>
              {HIGHLIGHT_COLOR_NAMES[color]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Layer
        <select value={filters.layer} onChange={(e) => onChange({ ...filters, layer: e.target.value })}>
          <option value="">Everyone</option>
          <option value="own">Mine</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name || 'Someone unnamed'}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
