/**
 * Inputs that made the old regular-expression importers quadratic, or aborted them, generated
 * in code (issue 9): each pattern about 1 MB, plus deep nesting, 200,000 lines, a 1 MB line,
 * NUL bytes and lone surrogates. Used by the corpus test and by `npm run bench -- parsers`.
 */

/** One generated file: its name (the extension picks the importer) and its text. */
export interface AdversarialInput {
  fileName: string;
  text: string;
  /** A piece of text the import must keep, when the pattern has words to keep. */
  keeps?: string;
}

export const ONE_MB = 1 << 20;

/** `unit` repeated to exactly `length` characters. */
export function fill(unit: string, length = ONE_MB): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join('\n');

const md = (name: string, text: string, keeps?: string): AdversarialInput => ({ fileName: `${name}.md`, text, ...(keeps ? { keeps } : {}) });
const html = (name: string, text: string, keeps?: string): AdversarialInput => ({ fileName: `${name}.html`, text, ...(keeps ? { keeps } : {}) });

/** The patterns issue 9 names for the Markdown importer, and deep nesting. */
function markdownInputs(): AdversarialInput[] {
  return [
    md('heading-spaces', `# a${' '.repeat(ONE_MB)}b`, 'b'),
    md('star-a', fill('*a '), 'a'),
    md('underscore-a', fill('_a '), 'a'),
    md('image-open', fill('!['), '!['),
    md('bracket-open', fill('['), '['),
    md('autolink-open', fill('<http://'), 'http://'),
    md('quote-nesting', `${fill('>', ONE_MB - 10)} deep end`, 'deep end'),
    md('list-nesting', lines(3000, (i) => `${' '.repeat(Math.min(i, 200) * 2)}- level ${i}`), 'level 2999'),
    md('many-lines', lines(200_000, (i) => `line ${i}`), 'line 199999'),
  ];
}

/** The patterns issue 9 names for the HTML importer, and deep nesting. */
function htmlInputs(): AdversarialInput[] {
  return [
    html('comment-open', fill('<!--')),
    html('tag-open', fill('<a')),
    html('pre-long-spaces', `<pre>x${' '.repeat(ONE_MB)}y</pre>`, 'y'),
    html('pre-indented-lines', `<pre>${fill(`\n${' '.repeat(1000)}x`)}</pre>`, 'x'),
    html('deep-divs', `${'<div>'.repeat(100_000)}deep words${'</div>'.repeat(100_000)}`, 'deep words'),
    html('deep-inline', `<p>${'<b>'.repeat(100_000)}bold words</p>`, 'bold words'),
    html('adoption-agency', fill('<a><b><i><u><div></a>')),
  ];
}

/** Patterns aimed at the plain-text importer, and characters every importer must survive. */
function textInputs(): AdversarialInput[] {
  const nul = `${fill('a\u0000b ', ONE_MB / 2)}`;
  const surrogates = `${fill('x\uD800y\uDC00z ', ONE_MB / 2)}`;
  return [
    { fileName: 'wrapped-200k-lines.txt', text: lines(200_000, () => 'A hard-wrapped line of prose that runs to about sixty chars'), keeps: 'sixty chars' },
    { fileName: 'one-line.txt', text: fill('word '), keeps: 'word word' },
    { fileName: 'nul-bytes.txt', text: nul, keeps: 'a\u0000b' },
    { fileName: 'lone-surrogates.txt', text: surrogates, keeps: 'x\uD800y' },
    { fileName: 'nul-bytes.md', text: nul, keeps: 'a' },
    { fileName: 'lone-surrogates.md', text: `[link](http://\uD800.com/\uDC00) <http://\uDBFF> ${surrogates}`, keeps: 'link' },
    { fileName: 'nul-bytes.html', text: `<p>${nul}</p>`, keeps: 'ab' },
    { fileName: 'lone-surrogates.html', text: `<a href="\uD800">${surrogates}</a>`, keeps: 'x\uD800y' },
  ];
}

/** The corpus `npm test` imports: every pattern issue 9 names, and the characters and sizes it lists. */
export function adversarialInputs(): AdversarialInput[] {
  return [...markdownInputs(), ...htmlInputs(), ...textInputs()];
}

/** Further patterns, for the benchmark only (the corpus test keeps to about 20 s). */
export function moreAdversarialInputs(): AdversarialInput[] {
  return [
    md('tag-open', fill('<a'), '<a'),
    md('comment-open', fill('<!--'), '<!--'),
    md('backtick-runs', fill('`a '), 'a'),
    md('emphasis-mix', fill('**a_'), 'a'),
    md('strike-runs', fill('~~a '), 'a'),
    md('link-reference', fill('[a]: '), '[a]:'),
    md('entity-open', fill('&#'), '&#'),
    md('backslashes', fill('\\'), '\\'),
    md('table-pipes', `a|b\n-|-\n${lines(100_000, () => '|||||||||')}`, 'a | b'),
    md('front-matter-unclosed', `---\n${fill('x: y\n')}`, 'x: y'),
    html('formatting-reopened', fill('<b><p>')),
    html('cdata-open', fill('<![CDATA[')),
    html('bang-open', fill('<!')),
    html('attribute-run', `<p ${fill('a=b ')}>after`, 'after'),
    html('entity-run', fill('&amp;'), '&'),
    html('lt-run', fill('<'), '<'),
    html('unclosed-script', `<p>before</p><script>${fill('x')}`, 'before'),
    html('unclosed-title', `<title>${fill('t ')}`),
    html('images-after-text', `<p>${fill('word ', ONE_MB / 2)}${fill('<img alt="a">', ONE_MB / 2)}`, '[Image: a]'),
  ];
}
