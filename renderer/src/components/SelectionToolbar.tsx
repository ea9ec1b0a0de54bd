import { HIGHLIGHT_COLORS, HIGHLIGHT_COLOR_NAMES, type HighlightColor } from '../../../shared/model';
import { shortcutText } from '../lib/platform';

interface SelectionToolbarProps {
  position: { top: number; left: number };
  currentColor: HighlightColor;
  onHighlight: (color: HighlightColor) => void;
}

/** Floating colour buttons shown over a fresh selection. */
export function SelectionToolbar({ position, currentColor, onHighlight }: SelectionToolbarProps) {
  return (
    <div
      role="toolbar"
      aria-label="Highlight selection"
      className="selection-toolbar"
      style={{ top: position.top, left: position.left }}
      // Keep the text selection alive while the pointer presses a button.
      onMouseDown={(event) => event.preventDefault()}
    >
      {HIGHLIGHT_COLORS.map((color) => {
        const name = HIGHLIGHT_COLOR_NAMES[color];
        const hint = color === currentColor ? ` (${shortcutText('highlight')})` : '';
        return (
          <button
            key={color}
            type="button"
            className={`swatch swatch-${color}${color === currentColor ? ' swatch-current' : ''}`}
            aria-label={`Highlight ${name.toLowerCase()}${hint}`}
            title={`Highlight ${name.toLowerCase()}${hint}`}
            onClick={() => onHighlight(color)}
          />
        );
      })}
    </div>
  );
}
