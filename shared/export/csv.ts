/**
 * CSV export for spreadsheets: one row per annotation (RFC 4180 through papaparse), UTF-8
 * with a byte order mark so Excel reads it as UTF-8, and every cell that a spreadsheet would
 * take for a formula prefixed with an apostrophe.
 */
import Papa from 'papaparse';
import { quoteOf } from '../model';
import type { AnnotatedDocument } from './markdown';
import { inReadingOrder } from './readingOrder';

/** The header row, in column order. */
export const CSV_COLUMNS = ['document', 'quote', 'note', 'tags', 'colour', 'page', 'created', 'updated', 'creator'] as const;

/** Cells starting with these characters run as formulas in Excel, LibreOffice and Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell that a spreadsheet shows as text, never evaluates. */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The rows (without header) of the given documents' annotations, each document in reading order. */
export function csvRows(docs: readonly AnnotatedDocument[]): string[][] {
  return docs.flatMap(({ document, annotations }) =>
    inReadingOrder(document, annotations).map(({ annotation: a, page }) =>
      [
        document.title,
        quoteOf(a),
        a.note,
        a.tags.join('; '),
        a.color,
        page === undefined ? '' : String(page),
        a.createdAt,
        a.updatedAt,
        a.creator.name,
      ].map(guardCell),
    ),
  );
}

/** The CSV file of the given documents' annotations: BOM, header, one row per annotation, CRLF line ends. */
export function exportCsv(docs: readonly AnnotatedDocument[]): string {
  const csv = Papa.unparse({ fields: [...CSV_COLUMNS], data: csvRows(docs) }, { quotes: false, newline: '\r\n', escapeFormulae: false });
  return `\uFEFF${csv}\r\n`;
}
