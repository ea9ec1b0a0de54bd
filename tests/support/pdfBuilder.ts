/**
 * A tiny PDF writer for tests: hand-built objects (a catalog, a page tree, Helvetica, one
 * content stream per page) with a correct cross-reference table, so pdf.js reads the files as
 * it reads any real PDF. Text is Latin-1 only (WinAnsi); pages are US Letter (612 × 792).
 */

/** One line of text on a page, at `y` points from the bottom (and `x` from the left, 72 by default). */
export interface PdfLine {
  text: string;
  y: number;
  x?: number;
  size?: number;
}

/** One page: its lines of text, and whether it also shows an image (a scanned page has only that). */
export interface PdfPage {
  lines: readonly PdfLine[];
  image?: boolean;
}

function escapePdfString(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

function contentStream(page: PdfPage): string {
  const parts: string[] = [];
  if (page.image) parts.push('q 468 0 0 648 72 72 cm /Im1 Do Q');
  for (const line of page.lines) {
    parts.push(`BT /F1 ${line.size ?? 11} Tf ${line.x ?? 72} ${line.y} Td (${escapePdfString(line.text)}) Tj ET`);
  }
  return parts.join('\n');
}

/**
 * Builds a PDF file holding `pages`, as bytes. `passwordProtected` adds a standard security
 * handler whose user password is not empty, so a reader must ask for it (the content itself is
 * not encrypted; no reader gets that far).
 */
export function buildPdf(pages: readonly PdfPage[], options: { passwordProtected?: boolean } = {}): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 5 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  const pixels = 'ff00ff00';
  objects[4] = `<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode /Length ${pixels.length + 1} >>\nstream\n${pixels}>\nendstream`;
  pages.forEach((page, i) => {
    const content = contentStream(page);
    objects[pageIds[i]!] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`;
    objects[pageIds[i]! + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  });
  let body = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = body.length;
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xrefAt = body.length;
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  const hex32 = (digit: string) => `<${digit.repeat(64)}>`;
  const encryption = options.passwordProtected ? ` /Encrypt << /Filter /Standard /V 1 /R 2 /O ${hex32('a')} /U ${hex32('b')} /P -4 >> /ID [${hex32('c')} ${hex32('c')}]` : '';
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R${encryption} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  // Latin-1: one byte per character, so the offsets above are byte offsets.
  return Uint8Array.from(body, (c) => c.charCodeAt(0) & 0xff);
}

/**
 * A page of a book as a typesetter lays it out: an optional running header at the top, body
 * lines 14 pt apart with an extra gap between paragraphs, and the page number at the bottom.
 */
export function bookPage(paragraphs: readonly (readonly string[])[], options: { header?: string; pageNumber?: number } = {}): PdfPage {
  const lines: PdfLine[] = [];
  if (options.header) lines.push({ text: options.header, y: 750, x: 220, size: 9 });
  let y = 700;
  for (const paragraph of paragraphs) {
    for (const line of paragraph) {
      lines.push({ text: line, y });
      y -= 14;
    }
    y -= 10;
  }
  if (options.pageNumber !== undefined) lines.push({ text: String(options.pageNumber), y: 40, x: 300, size: 9 });
  return { lines };
}

/** The 3-page PDF of the fixtures: running header, page numbers, a word broken over two lines. */
export function threePagePdf(): Uint8Array {
  const header = 'Essays on Rivers';
  return buildPdf([
    bookPage([['The river ran past the mill at dawn, and the miller', 'watched the water turn the wheel.'], ['Nobody in the village remembered the river frozen, not even the oldest fisher-', 'man on the bank.']], { header, pageNumber: 1 }),
    bookPage([['Above the village the mountain kept its snow all year.']], { header, pageNumber: 2 }),
    bookPage([['At night a lantern burned in the last window.']], { header, pageNumber: 3 }),
  ]);
}
