/** A small annotated document for export tests: real anchoring, chosen quotes, notes and tags. */
import { describeRange } from '../../shared/anchoring';
import { parsePlainText } from '../../shared/import/plainText';
import type { Annotation, DocumentRecord, HighlightColor } from '../../shared/model';
import { TEST_PERSON } from './person';

/** A document made from plain text, with a fixed id and source. */
export function documentFrom(raw: string, title: string, id = 'doc1'): DocumentRecord {
  const parsed = parsePlainText(raw);
  return {
    id,
    title,
    source: { kind: 'file', name: 'article.txt', importedAt: '2026-01-01T00:00:00.000Z', sha256: '0' },
    text: parsed.text,
    blocks: parsed.blocks,
  };
}

let counter = 0;

/** An annotation on the first occurrence of `quote` in `doc`. */
export function annotateQuote(doc: DocumentRecord, quote: string, extra: Partial<Annotation> = {}): Annotation {
  const start = doc.text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the document`);
  counter++;
  return {
    id: `a${counter}`,
    documentId: doc.id,
    target: { selector: describeRange(doc.text, start, start + quote.length) },
    color: 'yellow' as HighlightColor,
    origin: 'own',
    creator: TEST_PERSON,
    motivation: 'highlighting',
    note: '',
    tags: [],
    createdAt: '2026-01-02T10:00:00.000Z',
    updatedAt: '2026-01-03T11:00:00.000Z',
    ...extra,
  };
}

/** Text whose passages look like Markdown, HTML and spreadsheet formulas. */
export const TRICKY_TEXT = [
  'Plain opening sentence about the embassy.',
  '=SUM(A1:A9) looks like a formula; *stars* and _under_ [link](x) <b>bold</b> #notatag.',
  '- a dash that starts a list, "quoted", with, commas',
  'Second line of the poem\nthird line after a break',
].join('\n\n');
