/**
 * Template and CSV export benchmark (issue 13, items 7 and 8): 10,000 annotations over 100
 * documents through the built-in templates and to CSV, and one document of 10,000 annotations
 * as the export dialog's preview renders it. Formatting only, no disk.
 */
import { libraryExport } from '../../electron/services/exportFiles';
import { describeRange } from '../../shared/anchoring';
import type { AnnotatedDocument } from '../../shared/export/markdown';
import { presetNamed } from '../../shared/export/templates/presets';
import { renderTemplate } from '../../shared/export/templates/renderTemplate';
import { BLOCK_SEPARATOR, parsePlainText } from '../../shared/import/plainText';
import type { Annotation } from '../../shared/model';
import { TEST_PERSON } from '../support/person';
import { measure, report } from './stats';

function annotatedDocument(d: number, count: number): AnnotatedDocument {
  const paragraphs = Array.from({ length: 120 }, (_, p) => `Paragraph ${p} of document ${d}: a *sentence* with [brackets], =formulas and <tags> to escape.`);
  const parsed = parsePlainText(paragraphs.join(BLOCK_SEPARATOR));
  const document = {
    id: `d${d}`,
    title: `Document ${d}`,
    source: { kind: 'file' as const, name: `d${d}.txt`, importedAt: '2026-01-01T00:00:00.000Z', sha256: String(d) },
    text: parsed.text,
    blocks: parsed.blocks,
  };
  const annotations: Annotation[] = Array.from({ length: count }, (_, i) => {
    const block = parsed.blocks[i % parsed.blocks.length]!;
    return {
      id: `a${d}-${i}`,
      documentId: document.id,
      target: { selector: describeRange(parsed.text, block.start + (i % 7), block.start + 40 + (i % 30)) },
      color: 'yellow',
      note: i % 2 === 0 ? `Note ${i}: *emphasis*` : '',
      tags: i % 4 === 0 ? ['reading', `topic ${i % 9}`] : [],
      origin: 'own',
      creator: TEST_PERSON,
      motivation: 'highlighting',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
  });
  return { document, annotations };
}

export async function templatesBenchmark(): Promise<void> {
  const docs = Array.from({ length: 100 }, (_, d) => annotatedDocument(d, 100));
  const options = { exportedAt: '2026-01-01T00:00:00.000Z' };
  console.log('\nTemplates and CSV: 10,000 annotations over 100 documents (formatting only, no disk)');
  report('Markdown, standard exporter', await measure(10, () => libraryExport(docs, 'md', 'single', options)), 100);
  for (const name of ['plain', 'obsidian', 'logseq', 'citation']) {
    const source = presetNamed(name)!.source;
    report(`template ${name}, one file`, await measure(10, () => libraryExport(docs, 'md', 'single', options, source)), 100);
  }
  let size = 0;
  const csv = await measure(10, () => {
    size = libraryExport(docs, 'csv', 'single', options)[0]!.content.length;
  });
  report('CSV, one file', csv, 100);
  console.log(`    (${(size / 1e6).toFixed(1)} MB of CSV)`);
  const big = annotatedDocument(0, 10_000);
  report('preview: one document of 10,000 annotations, Obsidian', await measure(10, () => renderTemplate(presetNamed('obsidian')!.source, big, options)), 100);
}
