import { useEffect, useId, useRef } from 'react';
import {
  FONT_SIZES,
  LINE_SPACINGS,
  LINE_WIDTHS,
  THEME_CHOICES,
  TYPEFACES,
  type LineSpacing,
  type LineWidth,
  type ReadingSettings,
  type ThemeChoice,
  type Typeface,
} from '../lib/readingSettings';
import { DialogButtons } from './DialogButtons';
import { ModalDialog } from './ModalDialog';

const THEME_LABELS: Record<ThemeChoice, string> = { system: 'Same as system', light: 'Light', dark: 'Dark', sepia: 'Sepia' };
const WIDTH_LABELS: Record<LineWidth, string> = { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' };
const SPACING_LABELS: Record<LineSpacing, string> = { tight: 'Tight', normal: 'Normal', loose: 'Loose' };
const TYPEFACE_LABELS: Record<Typeface, string> = { serif: 'Serif', sans: 'Sans-serif' };

interface ChoiceGroupProps<T extends string> {
  legend: string;
  name: string;
  choices: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
}

/** One setting as a group of radio buttons (arrow keys move between them). */
function ChoiceGroup<T extends string>({ legend, name, choices, labels, value, onChange }: ChoiceGroupProps<T>) {
  return (
    <fieldset className="option-group">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice}>
          <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChange(choice)} /> {labels[choice]}
        </label>
      ))}
    </fieldset>
  );
}

interface ReadingSettingsDialogProps {
  settings: ReadingSettings;
  onChange: (changes: Partial<ReadingSettings>) => void;
  onClose: () => void;
}

/** Reading settings: theme, text size, line width, line spacing and typeface, applied as they change. */
export function ReadingSettingsDialog({ settings, onChange, onClose }: ReadingSettingsDialogProps) {
  const name = useId();
  const sizeId = useId();
  const sizeLabel = `${settings.fontStep + 1} of ${FONT_SIZES.length}`;
  const themes = useRef<HTMLDivElement>(null);
  // The dialog opens on the current theme (not the first radio, which arrows would then select).
  useEffect(() => themes.current?.querySelector<HTMLInputElement>('input:checked')?.focus(), []);
  return (
    <ModalDialog title="Reading settings" onClose={onClose} className="reading-settings">
      <div ref={themes}>
        <ChoiceGroup legend="Theme" name={`${name}-theme`} choices={THEME_CHOICES} labels={THEME_LABELS} value={settings.theme} onChange={(theme) => onChange({ theme })} />
      </div>
      <fieldset className="option-group">
        <legend id={sizeId}>Text size</legend>
        <button
          type="button"
          aria-label="Smaller text"
          disabled={settings.fontStep === 0}
          onClick={() => onChange({ fontStep: settings.fontStep - 1 })}
        >
          A−
        </button>
        <output aria-live="polite" aria-labelledby={sizeId}>
          {sizeLabel}
        </output>
        <button
          type="button"
          aria-label="Larger text"
          disabled={settings.fontStep === FONT_SIZES.length - 1}
          onClick={() => onChange({ fontStep: settings.fontStep + 1 })}
        >
          A+
        </button>
      </fieldset>
      <ChoiceGroup
        legend="Line width"
        name={`${name}-width`}
        choices={Object.keys(LINE_WIDTHS) as LineWidth[]}
        labels={WIDTH_LABELS}
        value={settings.lineWidth}
        onChange={(lineWidth) => onChange({ lineWidth })}
      />
      <ChoiceGroup
        legend="Line spacing"
        name={`${name}-spacing`}
        choices={Object.keys(LINE_SPACINGS) as LineSpacing[]}
        labels={SPACING_LABELS}
        value={settings.lineSpacing}
        onChange={(lineSpacing) => onChange({ lineSpacing })}
      />
      <ChoiceGroup
        legend="Typeface"
        name={`${name}-typeface`}
        choices={Object.keys(TYPEFACES) as Typeface[]}
        labels={TYPEFACE_LABELS}
        value={settings.typeface}
        onChange={(typeface) => onChange({ typeface })}
      />
      <DialogButtons primary={{ label: 'Done', onClick: onClose }} />
    </ModalDialog>
  );
}
