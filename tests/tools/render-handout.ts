/**
 * Renders a sample handout in real Chromium so a person can look at it: the first seed article
 * in assets/samples with a few highlights (two of them overlapping), notes, a teacher's
 * question with two replies, and one passage that is no longer in the text.
 *
 * Writes /tmp/handout.html, /tmp/handout.png (the whole page on screen), /tmp/handout.pdf (A4)
 * and /tmp/handout-p-1.png (the PDF's first page, when pdftoppm is installed).
 *
 *   node --import tsx tests/tools/render-handout.ts [margin|endnotes]
 *
 * No server is started: the page is loaded with page.setContent.
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeRange } from '../../shared/anchoring';
import { exportHandoutHtml } from '../../shared/export/handout';
import { parsePlainText } from '../../shared/import/plainText';
import type { Annotation, DocumentRecord, HighlightColor, Motivation, Person, Selector } from '../../shared/model';
import { SAMPLES_DIR } from '../support/seeds';

const notes = process.argv[2] === 'endnotes' ? 'endnotes' : 'margin';
const file = readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.txt')).sort()[0]!;
const manifest = JSON.parse(readFileSync(path.join(SAMPLES_DIR, 'manifest.json'), 'utf8')) as { samples: { file: string; title: string }[] };
const parsed = parsePlainText(readFileSync(path.join(SAMPLES_DIR, file), 'utf8'));
const document: DocumentRecord = {
  id: 'sample',
  title: manifest.samples.find((s) => s.file === file)?.title ?? file,
  source: { kind: 'sample', name: file, importedAt: '2026-11-24T09:00:00.000Z', sha256: '0' },
  text: parsed.text,
  blocks: parsed.blocks,
};

const teacher: Person = { id: 'urn:uuid:00000000-0000-4000-8000-00000000000a', type: 'Person', name: 'Ms Rivera' };
const sam: Person = { id: 'urn:uuid:00000000-0000-4000-8000-00000000000b', type: 'Person', name: 'Sam Okafor' };
const noor: Person = { id: 'urn:uuid:00000000-0000-4000-8000-00000000000c', type: 'Person', name: 'نور <Noor>' };

let made = 0;
/**
 * An annotation of `creator` on the first occurrence of `exact` in the text; on a passage that
 * is not in the text (an orphan) when `exact` is not found, and on nothing when it is empty (a reply).
 */
function on(creator: Person, exact: string, extra: { color?: HighlightColor; note?: string; tags?: string[]; motivation?: Motivation; replyTo?: string } = {}): Annotation {
  const start = document.text.indexOf(exact);
  const selector: Selector[] =
    exact === '' ? [] : start < 0 ? [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] : describeRange(document.text, start, start + exact.length);
  made++;
  return {
    id: `a${made}`,
    documentId: document.id,
    target: { selector },
    color: extra.color ?? 'yellow',
    note: extra.note ?? '',
    tags: extra.tags ?? [],
    origin: 'own',
    creator,
    motivation: extra.motivation ?? (extra.note ? 'commenting' : 'highlighting'),
    ...(extra.replyTo ? { replyTo: extra.replyTo } : {}),
    createdAt: `2026-11-24T10:00:${String(made).padStart(2, '0')}.000Z`,
    updatedAt: `2026-11-24T10:00:${String(made).padStart(2, '0')}.000Z`,
  };
}

const sentences = document.blocks.filter((b) => b.kind === 'paragraph').map((b) => document.text.slice(b.start, b.end));
const words = (s: string, from: number, to: number) => s.split(' ').slice(from, to).join(' ');
const question = on(teacher, words(sentences[1]!, 0, 12), { color: 'blue', motivation: 'questioning', note: 'Why would the flag matter more in Moscow than in Istanbul?' });
const own = [
  on(teacher, words(sentences[0]!, 0, 9), { note: 'Opening image: the flag as a symbol.\n\nCompare with the last paragraph.', tags: ['symbols', 'structure'] }),
  question,
  on(teacher, words(sentences[3]!, 2, 20), { color: 'pink' }),
  on(teacher, words(sentences[4]!, 0, 14), { color: 'purple', motivation: 'questioning', note: 'What does "tacit approval" mean here?' }),
  on(teacher, 'This sentence was edited out of the article before printing', { note: 'A note on a passage that is gone.' }),
];
const student = [
  on(sam, words(sentences[3]!, 10, 30), { color: 'green', note: 'Overlaps the pink highlight <b>on purpose</b>.' }),
  on(sam, '', { replyTo: question.id, note: 'Because Russia protected Assad for years.' }),
];
const other = [on(noor, '', { replyTo: question.id, note: 'The embassy could not act without Russia agreeing.' })];

const html = exportHandoutHtml({
  document,
  layers: [
    { creator: teacher, role: 'own', annotations: own },
    { creator: sam, role: 'student', annotations: student },
    { creator: noor, role: 'student', annotations: other },
  ],
  title: 'Reading 3: a new flag in Moscow',
  instructions: 'Read the article twice.\n\nThen answer the questions at the end in full sentences.',
  notes,
  generatedAt: '2026-11-24T10:30:00.000Z',
});
writeFileSync('/tmp/handout.html', html);

const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => problems.push(`console ${m.type()}: ${m.text()}`));
  page.on('request', (r) => problems.push(`request: ${r.url()}`));
  await page.setContent(html, { waitUntil: 'load' });
  await page.screenshot({ path: '/tmp/handout.png', fullPage: true });
  await page.pdf({ path: '/tmp/handout.pdf', format: 'A4' });
  console.log(problems.length === 0 ? 'The page loaded nothing and logged nothing.' : problems.join('\n'));
} finally {
  await browser.close();
}
try {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '/tmp/handout.pdf', '/tmp/handout-p']);
  console.log('Wrote /tmp/handout.html, /tmp/handout.png, /tmp/handout.pdf and the first PDF page as /tmp/handout-p-1.png.');
} catch {
  console.log('Wrote /tmp/handout.html, /tmp/handout.png and /tmp/handout.pdf; pdftoppm (poppler-utils) is missing, so no page image.');
}
