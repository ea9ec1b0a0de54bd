/**
 * Reading comfort settings (theme, font size, line width, line spacing, typeface): their
 * choices, their defaults, reading them back from storage safely, and applying them to the page
 * as one `data-theme` attribute and CSS custom properties on the root element.
 */

export const THEME_CHOICES = ['system', 'light', 'dark', 'sepia'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
/** The theme actually painted: the system choice resolved by `prefers-color-scheme`. */
export type Theme = Exclude<ThemeChoice, 'system'>;

/** Font sizes of the text, in rem, smallest first. */
export const FONT_SIZES = [0.95, 1.05, 1.12, 1.25, 1.4] as const;
export const LINE_WIDTHS = { narrow: '32rem', medium: '40rem', wide: '52rem' } as const;
export type LineWidth = keyof typeof LINE_WIDTHS;
export const LINE_SPACINGS = { tight: 1.45, normal: 1.7, loose: 2 } as const;
export type LineSpacing = keyof typeof LINE_SPACINGS;
export const TYPEFACES = {
  serif: "Georgia, 'DejaVu Serif', serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif",
} as const;
export type Typeface = keyof typeof TYPEFACES;

export interface ReadingSettings {
  theme: ThemeChoice;
  /** Index into FONT_SIZES. */
  fontStep: number;
  lineWidth: LineWidth;
  lineSpacing: LineSpacing;
  typeface: Typeface;
}

export const DEFAULT_SETTINGS: ReadingSettings = {
  theme: 'system',
  fontStep: 2,
  lineWidth: 'medium',
  lineSpacing: 'normal',
  typeface: 'serif',
};

/** The localStorage key the settings are kept under. */
export const SETTINGS_KEY = 'marginalia.readingSettings';

function oneOf<T extends string>(value: unknown, choices: readonly T[], fallback: T): T {
  return typeof value === 'string' && (choices as readonly string[]).includes(value) ? (value as T) : fallback;
}

/**
 * Settings from stored JSON text; anything missing, malformed or out of range falls back to its
 * default, field by field, so one bad value never loses the others.
 */
export function parseSettings(stored: string | null): ReadingSettings {
  let raw: unknown = null;
  try {
    raw = stored === null ? null : JSON.parse(stored);
  } catch {
    raw = null;
  }
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const step = value['fontStep'];
  return {
    theme: oneOf(value['theme'], THEME_CHOICES, DEFAULT_SETTINGS.theme),
    fontStep: Number.isInteger(step) && (step as number) >= 0 && (step as number) < FONT_SIZES.length ? (step as number) : DEFAULT_SETTINGS.fontStep,
    lineWidth: oneOf(value['lineWidth'], Object.keys(LINE_WIDTHS) as LineWidth[], DEFAULT_SETTINGS.lineWidth),
    lineSpacing: oneOf(value['lineSpacing'], Object.keys(LINE_SPACINGS) as LineSpacing[], DEFAULT_SETTINGS.lineSpacing),
    typeface: oneOf(value['typeface'], Object.keys(TYPEFACES) as Typeface[], DEFAULT_SETTINGS.typeface),
  };
}

/** Reads the settings from `storage` (the defaults when storage is unavailable). */
export function loadSettings(storage: Pick<Storage, 'getItem'> | null): ReadingSettings {
  try {
    return parseSettings(storage?.getItem(SETTINGS_KEY) ?? null);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Keeps the settings in `storage`; a full or unavailable storage only means they are not remembered. */
export function saveSettings(storage: Pick<Storage, 'setItem'> | null, settings: ReadingSettings): void {
  try {
    storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Not remembered across restarts, but still applied now.
  }
}

/** The theme to paint for a choice, given whether the system prefers dark. */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  if (choice !== 'system') return choice;
  return systemPrefersDark ? 'dark' : 'light';
}

/** The CSS custom properties that carry the text settings. */
export function settingsVariables(settings: ReadingSettings): Record<string, string> {
  return {
    '--reading-font-size': `${FONT_SIZES[settings.fontStep] ?? FONT_SIZES[DEFAULT_SETTINGS.fontStep]}rem`,
    '--reading-measure': LINE_WIDTHS[settings.lineWidth],
    '--reading-line-height': String(LINE_SPACINGS[settings.lineSpacing]),
    '--reading-font': TYPEFACES[settings.typeface],
  };
}

/** Paints the settings on `root`: its `data-theme` attribute and the text variables. */
export function applySettings(root: HTMLElement, settings: ReadingSettings, systemPrefersDark: boolean): void {
  root.dataset['theme'] = resolveTheme(settings.theme, systemPrefersDark);
  for (const [name, value] of Object.entries(settingsVariables(settings))) root.style.setProperty(name, value);
}
