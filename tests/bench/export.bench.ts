/**
 * Export benchmark (issue: exports analysts can trust): 10,000 annotations over 100 documents
 * to Markdown and to W3C JSON, formatting only (no disk flush).
 */
import { TEST_PERSON } from '../support/person';
import { describeRange } from '../../shared/anchoring';
import type { AnnotatedDocument } from '../../shared/export/markdown';
import { BLOCK_SEPARATOR, parsePlainText } from '../../shared/import/plainText';
import type { Annotation, DocumentRecord } from '../../shared/model';
import { libraryExport } from '../../electron/services/exportFiles';
import { escapeMarkdownText } from '../../shared/export/escapeMarkdown';
import { measure, report } from './stats';

function library(documents: number, perDocument: number): AnnotatedDocument[] {
  const docs: AnnotatedDocument[] = [];
  for (let d = 0; d < documents; d++) {
    const paragraphs = Array.from({ length: 120 }, (_, p) => `Paragraph ${p} of document ${d}: a *sentence* with [brackets], #hashes and <tags> to escape, and more words to read.`);
    const parsed = parsePlainText(paragraphs.join(BLOCK_SEPARATOR));
    const document: DocumentRecord = {
      id: `d${d}`,
      title: `Document ${d}`,
      source: { kind: 'file', name: `d${d}.txt`, importedAt: '2026-01-01T00:00:00.000Z', sha256: String(d) },
      text: parsed.text,
      blocks: parsed.blocks,
    };
    const annotations: Annotation[] = Array.from({ length: perDocument }, (_, i) => {
      const block = parsed.blocks[i % parsed.blocks.length]!;
      return {
        id: `a${d}-${i}`,
        documentId: document.id,
        target: { selector: describeRange(parsed.text, block.start + (i % 7), block.start + 40 + (i % 30)) },
        color: i % 3 === 0 ? 'blue' : 'yellow',
        note: i % 2 === 0 ? `Note ${i}: *emphasis* and a list\n- item` : '',
        tags: i % 4 === 0 ? ['reading', `topic ${i % 9}`] : [],
        origin: 'own',
        creator: TEST_PERSON,
        motivation: 'highlighting',
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
        updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
      };
    });
    docs.push({ document, annotations });
  }
  return docs;
}

export async function exportBenchmark(): Promise<void> {
  const docs = library(100, 100);
  console.log('\nExport: 10,000 annotations over 100 documents (formatting only, no disk flush)');
  const options = { exportedAt: '2026-01-01T00:00:00.000Z' };
  let size = 0;
  const md = await measure(10, () => {
    size = libraryExport(docs, 'md', 'single', options)[0]!.content.length;
  });
  report('Markdown, one file', md, 100);
  console.log(`    (${(size / 1e6).toFixed(1)} MB of Markdown)`);
  report('Markdown, one file per document + index', await measure(10, () => libraryExport(docs, 'md', 'per-document', options)), 100);
  const json = await measure(10, () => {
    size = libraryExport(docs, 'json', 'single', options)[0]!.content.length;
  });
  report('W3C JSON-LD, one collection', json, 100);
  console.log(`    (${(size / 1e6).toFixed(1)} MB of JSON)`);
  // A hostile note: a long run of spaces inside a line (a trailing-space regex would be quadratic).
  const spaces = `a${' '.repeat(200_000)}b\n${'  \n'.repeat(50_000)}`;
  report('Markdown escape, a note of 300,000 spaces', await measure(10, () => escapeMarkdownText(spaces)), 100);
}
