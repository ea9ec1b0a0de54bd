/**
 * The handout's key: the colours used, each with the line style that tells it apart in
 * greyscale, and each reader with the way their highlights are drawn.
 */
import { HIGHLIGHT_COLOR_NAMES, type HighlightColor } from '../../model';
import { authorName, highlightClasses, ROLE_LABELS } from './pieces';
import type { HandoutPlan } from './types';

/** The underline style of each colour, so highlights stay apart when printed in greyscale. */
export const LINE_STYLES: Readonly<Record<HighlightColor, string>> = {
  yellow: 'solid',
  green: 'double',
  blue: 'dashed',
  pink: 'dotted',
  purple: 'wavy',
};

/** The key, or nothing when the handout has no annotations. */
export function legendSection(plan: HandoutPlan, notes: 'margin' | 'endnotes'): string {
  if (plan.placed.length === 0 && plan.orphans.length === 0) return '';
  const colours = plan.colors.map(
    (c) => `<li><span class="${highlightClasses(c, 0, 'own')}">${HIGHLIGHT_COLOR_NAMES[c]}</span> <span class="muted">${LINE_STYLES[c]} line</span></li>`,
  );
  const readers = plan.layers.map((layer) => {
    const style = layer.role === 'own' ? 'filled' : 'underlined in their colour';
    const sample = `<span class="${highlightClasses(layer.color, layer.index, layer.role)}">${authorName(layer.author)}</span>`;
    return `<li>${sample} <span class="muted">(${ROLE_LABELS[layer.role]}): highlights ${style}</span></li>`;
  });
  const where = notes === 'margin' ? 'in the margin' : 'under Notes at the end';
  return [
    '<section class="legend" aria-labelledby="legend-title"><h2 id="legend-title">Key</h2>',
    `<div class="legend-grid"><div><h3>Colours</h3><ul>${colours.join('')}</ul></div>`,
    `<div><h3>Readers</h3><ul>${readers.join('')}</ul></div></div>`,
    `<p class="muted">A number in brackets, such as [1], points to a note ${where}.</p></section>`,
  ].join('');
}
