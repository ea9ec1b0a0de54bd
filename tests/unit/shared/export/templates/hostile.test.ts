/**
 * The built-in templates on hostile text (the exact-Markdown fixture): the plain preset writes
 * exactly what the standard export writes, and the block-quote presets give every quote back
 * verbatim through a CommonMark parser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../../../shared/anchoring';
import { exportDocumentMarkdown } from '../../../../../shared/export/markdown';
import { presetNamed } from '../../../../../shared/export/templates/presets';
import { renderTemplate } from '../../../../../shared/export/templates/renderTemplate';
import type { Annotation, DocumentRecord } from '../../../../../shared/model';
import { parseExport } from '../../../../support/parseMarkdown';
import { TEST_PERSON } from '../../../../support/person';

const fixture = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../fixtures/export/hostile-annotations.json'), 'utf8')) as {
  quotes: string[];
  notes: string[];
  tags: string[][];
};
const SEPARATOR = '\n\n¶\n\n';
const text = fixture.quotes.join(SEPARATOR);
const document: DocumentRecord = {
  id: 'doc1',
  title: 'Hostile # title *with* <b>markup</b>\u0000 and ---',
  source: { kind: 'file', name: 'x.txt', importedAt: '2026-01-01T00:00:00.000Z', sha256: '0' },
  text,
  blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
};
let at = 0;
const annotations = fixture.quotes.map((quote, i): Annotation => {
  const selector = describeRange(text, at, at + quote.length);
  at += quote.length + SEPARATOR.length;
  return {
    id: `a${i}`,
    documentId: document.id,
    target: { selector },
    color: 'yellow',
    origin: 'own',
    creator: TEST_PERSON,
    motivation: 'highlighting',
    note: fixture.notes[i % fixture.notes.length] ?? '',
    tags: fixture.tags[i % fixture.tags.length] ?? [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
});
const options = { exportedAt: '2026-02-03T04:05:06.000Z', ownCreatorId: TEST_PERSON.id };
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const kept = (t: string) => t.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');

describe('built-in templates on hostile text', () => {
  it('plain writes exactly what the standard export writes', () => {
    expect(renderTemplate(presetNamed('plain')!.source, { document, annotations }, options)).toBe(exportDocumentMarkdown(document, annotations, options));
  });

  it.each(['notion', 'obsidian'])('%s gives every quote back verbatim', (name) => {
    const parsed = parseExport(renderTemplate(presetNamed(name)!.source, { document, annotations }, options));
    const quotes = parsed.blockQuotes.map((q) => q.replace(/^\[!quote\]\n/, ''));
    expect(quotes).toEqual(fixture.quotes.map(kept));
  });
});
