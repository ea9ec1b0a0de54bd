/**
 * Reading a PDF's text layer with pdf.js (pdfjs-dist's Node build), page by page, into the
 * document model (shared/import/pdf/). Runs inside the import worker. pdf.js is told to do
 * nothing a file could abuse: no eval, no font loading, no system fonts, no fetching, and
 * errors only in its log. A PDF without a text layer, with a password, or damaged is refused
 * with a sentence that says so.
 */
import { ServiceError } from '../../shared/errors';
import { linesOfPage, type PdfLine, type PdfTextItem } from '../../shared/import/pdf/pdfLines';
import { paragraphsOfPages } from '../../shared/import/pdf/pdfParagraphs';
import type { ParsedBook } from '../../shared/import/epub/readEpub';

/** Fewer visible characters than this per page, on average, means the PDF has no usable text layer. */
export const MIN_CHARACTERS_PER_PAGE = 5;

/** The most pages read from one PDF. */
export const MAX_PDF_PAGES = 5000;

interface RawTextItem {
  str?: unknown;
  transform?: unknown;
  width?: unknown;
  height?: unknown;
}

/** A pdf.js text item as the pure line logic takes it (marked-content items have no `str`). */
function toTextItem(raw: RawTextItem): PdfTextItem | null {
  if (typeof raw.str !== 'string' || !Array.isArray(raw.transform)) return null;
  const [, , , scaleY, x, y] = raw.transform as number[];
  const height = typeof raw.height === 'number' && raw.height > 0 ? raw.height : Math.abs(scaleY ?? 0);
  return { str: raw.str, x: x ?? 0, y: y ?? 0, width: typeof raw.width === 'number' ? raw.width : 0, height };
}

function refusal(fileName: string, error: unknown): ServiceError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new ServiceError('UNSUPPORTED_FILE', `“${fileName}” is protected by a password, so Marginalia cannot read its text. Nothing was imported; save a copy without the password and open that.`);
  }
  return new ServiceError('UNREADABLE_FILE', `“${fileName}” is not a readable PDF (it is damaged or not a PDF at all), so nothing was imported.`);
}

/**
 * The text of the PDF `bytes` as paragraphs with page numbers. Throws a ServiceError naming
 * `fileName` when the PDF is damaged, encrypted, or has no text layer.
 */
export async function readPdfText(fileName: string, bytes: Uint8Array, progress: (done: number, total: number) => void = () => {}): Promise<ParsedBook> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    throw refusal(fileName, error);
  }
  try {
    const pageCount = Math.min(pdf.numPages, MAX_PDF_PAGES);
    const pages: PdfLine[][] = [];
    let characters = 0;
    for (let number = 1; number <= pageCount; number++) {
      progress(number - 1, pageCount);
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items = (content.items as RawTextItem[]).map(toTextItem).filter((item): item is PdfTextItem => item !== null);
      for (const item of items) characters += item.str.replace(/\s+/g, '').length;
      pages.push(linesOfPage(items));
      page.cleanup();
    }
    if (characters < MIN_CHARACTERS_PER_PAGE * pageCount) {
      throw new ServiceError(
        'UNSUPPORTED_FILE',
        `“${fileName}” has no text layer (it is probably scanned images), so there is nothing to highlight. Run it through OCR first (many scanners and PDF tools can), then open the new file.`,
      );
    }
    const parsed = paragraphsOfPages(pages);
    const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: unknown; Author?: unknown } | undefined;
    const metaTitle = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : null;
    const notes = pdf.numPages > pageCount ? [`Only the first ${pageCount.toLocaleString('en')} of ${pdf.numPages.toLocaleString('en')} pages were imported.`] : [];
    progress(pageCount, pageCount);
    return { ...parsed, title: metaTitle ?? parsed.title, author: typeof info?.Author === 'string' && info.Author.trim() ? info.Author.trim() : null, notes };
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    throw refusal(fileName, error);
  } finally {
    await pdf.destroy();
  }
}
