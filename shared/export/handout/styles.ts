/**
 * The handout's one inline style sheet: a readable page on screen, A4- and Letter-friendly
 * print with colours kept, and highlights that stay apart in greyscale (each colour has its
 * own line style). It loads nothing: no `url(`, no `@import`, system fonts only.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../model';
import { LINE_STYLES } from './legend';

/** Fill (own highlights) and line (everyone's underline) of each colour. */
const PALETTE: Readonly<Record<HighlightColor, { fill: string; line: string }>> = {
  yellow: { fill: '#fde68a', line: '#a16207' },
  green: { fill: '#bbf7d0', line: '#15803d' },
  blue: { fill: '#bfdbfe', line: '#1d4ed8' },
  pink: { fill: '#fbcfe8', line: '#be185d' },
  purple: { fill: '#ddd6fe', line: '#6d28d9' },
};

const colourRules = HIGHLIGHT_COLORS.map(
  (c) =>
    `.c-${c}{text-decoration-color:${PALETTE[c].line};text-decoration-style:${LINE_STYLES[c]}}` +
    `.own.c-${c}{background:${PALETTE[c].fill}}`,
).join('\n');

/** The style sheet, minified only by leaving comments out. */
export const HANDOUT_CSS = `
@page{margin:16mm 14mm}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact;color-scheme:light}
*{box-sizing:border-box}
body{margin:0 auto;max-width:62rem;padding:2rem 1.5rem;background:#fff;color:#1a1a1a;
font:11pt/1.6 Georgia,"Times New Roman",serif;overflow-wrap:anywhere}
h1{font-size:1.8em;line-height:1.2;margin:0 0 .2em}
h2{font-size:1.25em;line-height:1.3;margin:1.2em 0 .5em;break-after:avoid;page-break-after:avoid}
h3{font-size:1em;margin:.2em 0 .3em}
.intro{break-after:avoid;page-break-after:avoid}
a{color:inherit;text-decoration:none}
.meta,.muted,.caption{color:#555}
.meta,.instructions,.legend,.margin,.endnotes,.questions,.orphans,sup.ref{font-family:system-ui,"Segoe UI",Helvetica,Arial,sans-serif}
.meta{margin:0 0 1em;font-size:.85em}
.instructions{margin:0 0 1em;padding:.4em .9em;border-left:4px solid #444;background:#f3f3f3}
.instructions p{margin:.3em 0}
.legend{margin:0 0 1.5em;padding:.4em .9em;border:1px solid #bbb;border-radius:4px;font-size:.85em;break-inside:avoid;page-break-inside:avoid}
.legend h2{margin:.2em 0 .4em;font-size:1.1em}
.legend-grid{display:grid;grid-template-columns:1fr 1fr;gap:0 1.5em}
.legend ul{list-style:none;margin:0;padding:0}.legend li{margin:.25em 0}.legend p{margin:.4em 0 .2em}
.reading{line-height:1.85}
.flow p,.flow ul,.flow pre,.flow blockquote{margin:0 0 .9em}
.flow h2{margin:.6em 0 .5em}
.flow ul{list-style:none;padding:0 0 0 1.2em}.flow li{text-indent:-1.2em;margin:0 0 .3em}
.flow blockquote{padding:0 0 0 1em;border-left:3px solid #999}
.flow blockquote p{margin:0}
.flow pre{white-space:pre-wrap;padding:.5em .7em;background:#f4f4f4;border-radius:3px;font:.85em/1.7 ui-monospace,Consolas,"Liberation Mono",monospace}
.caption{font-size:.85em;font-style:italic}
.hl{color:inherit;background:transparent;text-decoration-line:underline;text-decoration-thickness:.1em;
text-decoration-skip-ink:none;text-underline-offset:.16em;border-radius:2px}
.other{text-decoration-thickness:.14em}
.t-1{text-underline-offset:.34em}.t-2{text-underline-offset:.5em}.t-3{text-underline-offset:.64em}
${colourRules}
sup.ref{font-size:.7em;line-height:0;font-weight:600;padding-left:.1em}
.with-margin .row{display:grid;grid-template-columns:minmax(0,1fr) 15rem;column-gap:1.5rem}
.with-margin .flow{grid-column:1;min-width:0}
.margin{grid-column:2;align-self:start;font-size:.78em;line-height:1.45;border-left:1px solid #bbb;padding-left:.7em}
.notes{list-style:none;margin:0;padding:0}
.note{margin:0 0 .8em;break-inside:avoid;page-break-inside:avoid}
.note p,.orphan p,.question p{margin:.15em 0}
.byline{font-weight:600}.byline .role,.byline .hl{font-weight:400}
.num{margin-right:.2em}
.tags{color:#555;font-size:.92em}
.replies{list-style:none;margin:.3em 0 0;padding:0 0 0 .8em;border-left:2px solid #ccc}
.reply{margin:.3em 0;break-inside:avoid;page-break-inside:avoid}.reply-by{font-style:italic}
.endnotes,.questions,.orphans{font-size:.9em;line-height:1.5}
.question-list,.orphan-list{list-style:none;margin:0;padding:0}
.question,.orphan{margin:0 0 .9em;padding:.5em .8em;border:1px solid #bbb;border-radius:4px;break-inside:avoid;page-break-inside:avoid}
.quote{margin:.4em 0;padding:0 0 0 .8em;border-left:3px solid #999;font-family:Georgia,"Times New Roman",serif}
.asked{font-weight:600}
@media screen and (max-width:44rem){
.with-margin .row{display:block}
.margin{margin:0 0 1em 1em}
.legend-grid{grid-template-columns:1fr}
}
@media print{
body{max-width:none;padding:0;font-size:10.5pt}
.with-margin .row{grid-template-columns:minmax(0,1fr) 34%;column-gap:5mm}
}
`;
