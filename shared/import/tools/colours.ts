/**
 * The colour another tool gave a highlight, as the nearest of Marginalia's five: a name
 * ("orange", "Light Blue"), a hex value ("#ffd400", "#fd4") or "rgb(…)" as Thorium, Zotero,
 * Readwise and others write them. One helper for every importer, so a colour reads the same
 * whichever file it came from.
 */
import type { HighlightColor } from '../../model';

/** The colour an imported highlight gets when its tool said none, or one we cannot place. */
export const DEFAULT_HIGHLIGHT_COLOR: HighlightColor = 'yellow';

/** Colour names other tools use, lower case with spaces, hyphens and underscores removed. */
const NAMED: Readonly<Record<string, HighlightColor>> = {
  yellow: 'yellow', gold: 'yellow', golden: 'yellow', amber: 'yellow', lemon: 'yellow', orange: 'yellow', ochre: 'yellow', beige: 'yellow',
  green: 'green', lime: 'green', mint: 'green', olive: 'green', emerald: 'green', chartreuse: 'green', jade: 'green',
  blue: 'blue', cyan: 'blue', aqua: 'blue', turquoise: 'blue', teal: 'blue', bluegreen: 'blue', sky: 'blue', skyblue: 'blue', azure: 'blue', navy: 'blue',
  pink: 'pink', red: 'pink', rose: 'pink', magenta: 'pink', fuchsia: 'pink', salmon: 'pink', coral: 'pink', crimson: 'pink', cherry: 'pink',
  purple: 'purple', violet: 'purple', lavender: 'purple', lilac: 'purple', indigo: 'purple', mauve: 'purple', plum: 'purple',
};

/** Words that shade a colour name ("light blue", "dark-green") and do not change which of ours it is. */
const SHADES = ['light', 'dark', 'pale', 'deep', 'bright', 'soft', 'pastel'];

/** The hue, in degrees, of each of our colours as the reader paints it (styles.css `--hl-*`). */
const HUES: ReadonlyArray<readonly [HighlightColor, number]> = [
  ['yellow', 47],
  ['green', 107],
  ['blue', 205],
  ['purple', 264],
  ['pink', 338],
];

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/;
// Fixed shape, no nested quantifiers: linear on any input.
const RGB = /^rgba?\(\s*(\d{1,3})\s*[,\s]\s*(\d{1,3})\s*[,\s]\s*(\d{1,3})\s*(?:[,/]\s*[\d.]+%?\s*)?\)$/;

/** Longer values are no colour any tool writes. */
const MAX_LENGTH = 64;

/** The colour by name, with shading words and separators ignored; null for an unknown name. */
function fromName(value: string): HighlightColor | null {
  let name = value.replace(/[\s_-]+/g, '');
  if (Object.hasOwn(NAMED, name)) return NAMED[name]!;
  for (const shade of SHADES) {
    if (name.startsWith(shade)) {
      name = name.slice(shade.length);
      break;
    }
  }
  return Object.hasOwn(NAMED, name) ? NAMED[name]! : null;
}

/** Red, green and blue (0–255) of a hex or rgb() value; null when it is neither. */
function channels(value: string): [number, number, number] | null {
  const hex = HEX.exec(value);
  if (hex) {
    const digits = hex[1]!;
    const short = digits.length <= 4;
    const at = (i: number) => (short ? parseInt(digits[i]! + digits[i]!, 16) : parseInt(digits.slice(i * 2, i * 2 + 2), 16));
    return [at(0), at(1), at(2)];
  }
  const rgb = RGB.exec(value);
  if (!rgb) return null;
  const values = [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return values.every((v) => v <= 255) ? (values as [number, number, number]) : null;
}

/** The nearest of our colours by hue; null for greys, near-white and near-black, which have no hue to go by. */
function fromChannels([r, g, b]: [number, number, number]): HighlightColor | null {
  const max = Math.max(r, g, b) / 255;
  const min = Math.min(r, g, b) / 255;
  const lightness = (max + min) / 2;
  const chroma = max - min;
  const saturation = chroma === 0 ? 0 : chroma / (1 - Math.abs(2 * lightness - 1));
  if (saturation < 0.15 || lightness > 0.96 || lightness < 0.08) return null;
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  let hue: number;
  if (max === rn) hue = 60 * (((gn - bn) / chroma + 6) % 6);
  else if (max === gn) hue = 60 * ((bn - rn) / chroma + 2);
  else hue = 60 * ((rn - gn) / chroma + 4);
  let best: HighlightColor = DEFAULT_HIGHLIGHT_COLOR;
  let bestDistance = Infinity;
  for (const [color, reference] of HUES) {
    const difference = Math.abs(hue - reference) % 360;
    const distance = Math.min(difference, 360 - difference);
    if (distance < bestDistance) {
      best = color;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The nearest of Marginalia's colours to `value`, a colour as another tool wrote it: a name
 * (any case; "light blue", "dark-green" and the like; orange reads as yellow, red as pink), a
 * hex value (`#ffd400`, `#fd4`, with or without alpha) or `rgb(255, 212, 0)`. Null when `value`
 * is not text, is empty, names no colour we know, or is a grey, white or black.
 */
export function nearestHighlightColor(value: unknown): HighlightColor | null {
  if (typeof value !== 'string') return null;
  const text = value.trim().toLowerCase();
  if (text === '' || text.length > MAX_LENGTH) return null;
  const rgb = channels(text);
  return rgb ? fromChannels(rgb) : fromName(text);
}

/** Like {@link nearestHighlightColor}, with {@link DEFAULT_HIGHLIGHT_COLOR} (yellow) when it finds none. */
export function highlightColorOrDefault(value: unknown): HighlightColor {
  return nearestHighlightColor(value) ?? DEFAULT_HIGHLIGHT_COLOR;
}
