import { describe, expect, it } from 'vitest';
import { linesOfPage, type PdfLine } from '../../../../../shared/import/pdf/pdfLines';
import { joinLine, paragraphsOfPages } from '../../../../../shared/import/pdf/pdfParagraphs';
import { dropRunningLines, isPageNumber } from '../../../../../shared/import/pdf/runningLines';

/** A page as a typesetter sets it: header at 750, body from 700 every 14 pt (24 between paragraphs), number at 40. */
function page(paragraphs: string[][], header: string | null, pageNumber: number | null, bodySize = 11): PdfLine[] {
  const lines: PdfLine[] = [];
  if (header) lines.push({ text: header, y: 750, height: 9 });
  let y = 700;
  for (const paragraph of paragraphs) {
    for (const text of paragraph) {
      lines.push({ text, y, height: bodySize });
      y -= 14;
    }
    y -= 10;
  }
  if (pageNumber !== null) lines.push({ text: String(pageNumber), y: 40, height: 9 });
  return lines;
}

function texts(parsed: ReturnType<typeof paragraphsOfPages>): Array<[string, number | undefined]> {
  return parsed.blocks.map((b) => [parsed.text.slice(b.start, b.end), b.page]);
}

describe('linesOfPage', () => {
  it('groups items by baseline, left to right, spacing words apart', () => {
    const lines = linesOfPage([
      { str: 'world', x: 110, y: 699.7, width: 30, height: 11 },
      { str: 'Hello', x: 72, y: 700, width: 30, height: 11 },
      { str: 'Next line', x: 72, y: 686, width: 50, height: 11 },
      { str: '   ', x: 72, y: 600, width: 10, height: 11 },
    ]);
    expect(lines).toEqual([
      { text: 'Hello world', y: 700, height: 11 },
      { text: 'Next line', y: 686, height: 11 },
    ]);
  });

  it('joins items that touch without a space', () => {
    expect(linesOfPage([{ str: 'Mar', x: 72, y: 700, width: 20, height: 11 }, { str: 'ginalia', x: 92, y: 700, width: 40, height: 11 }])[0]!.text).toBe('Marginalia');
  });
});

describe('running headers and page numbers', () => {
  it('recognises bare page numbers', () => {
    for (const text of ['12', '- 12 -', 'Page 12', '12 of 300', 'xiv']) expect(isPageNumber(text)).toBe(true);
    for (const text of ['12 apples', 'Chapter 12', '1984 was a year.']) expect(isPageNumber(text)).toBe(false);
  });

  it('drops a header repeated on most pages, even with its page number folded in, and keeps body lines', () => {
    const pages = [1, 2, 3].map((n) => [
      { text: `A Book · ${n}`, y: 750, height: 9 },
      { text: `Body line on the ${['first', 'second', 'third'][n - 1]} page.`, y: 700, height: 11 },
      { text: 'A Book · 1', y: 686 - n * 14, height: 11 },
      { text: String(n), y: 40, height: 9 },
    ]);
    expect(dropRunningLines(pages).map((p) => p.map((l) => l.text))).toEqual([
      ['Body line on the first page.', 'A Book · 1'],
      ['Body line on the second page.', 'A Book · 1'],
      ['Body line on the third page.', 'A Book · 1'],
    ]);
  });

  it('keeps a first line that appears on only one page', () => {
    const pages = [[{ text: 'Introduction', y: 750, height: 9 }], [{ text: 'Body', y: 750, height: 9 }], [{ text: 'More', y: 750, height: 9 }]];
    expect(dropRunningLines(pages).flat().map((l) => l.text)).toEqual(['Introduction', 'Body', 'More']);
  });
});

describe('paragraphsOfPages', () => {
  it('joins lines into paragraphs by gaps, re-joins hyphenated words, and records pages', () => {
    const parsed = paragraphsOfPages([
      page([['The first paragraph is set on two lines and the word hyphen-', 'ated is broken.'], ['A second paragraph.']], 'The Book', 1),
      page([['Page two starts a new paragraph.']], 'The Book', 2),
      page([['Page three, the last page.']], 'The Book', 3),
    ]);
    expect(texts(parsed)).toEqual([
      ['The first paragraph is set on two lines and the word hyphenated is broken.', 1],
      ['A second paragraph.', 1],
      ['Page two starts a new paragraph.', 2],
      ['Page three, the last page.', 3],
    ]);
  });

  it('continues an unfinished paragraph over a page break', () => {
    const parsed = paragraphsOfPages([
      page([['A sentence that runs over the', 'end of the page']], 'Header', 1),
      page([['and finishes here.'], ['Then a new one.']], 'Header', 2),
    ]);
    expect(texts(parsed)).toEqual([
      ['A sentence that runs over the end of the page and finishes here.', 1],
      ['Then a new one.', 2],
    ]);
  });

  it('keeps a hyphen between words that are not broken (a capital follows)', () => {
    expect(joinLine('the Anglo-', 'Saxon')).toBe('the Anglo- Saxon');
    expect(joinLine('a well-', 'known')).toBe('a wellknown');
  });

  it('reads a line in a larger font as a heading', () => {
    const body = page([['Body text of the chapter,', 'set on two lines.'], ['More body text', 'on two lines.']], null, null);
    const parsed = paragraphsOfPages([[{ text: 'Chapter One', y: 740, height: 18 }, ...body]]);
    expect(parsed.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(parsed.title).toBe('Chapter One');
  });
});
