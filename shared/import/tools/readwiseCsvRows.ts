// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- papaparse's API is declared beside this file (not by @types/papaparse, which brings Node's globals); every program compiling this file needs it
/// <reference path="./readwisePapaparse.d.ts" />
/**
 * A Readwise CSV export as rows of named fields, parsed by papaparse (RFC 4180: quoted fields
 * over several lines, doubled quotes, a byte-order mark). Records are parsed without
 * papaparse's header mode so that every record keeps its place in the file: a row number in a
 * message is the one a spreadsheet shows (the header is row 1), blank lines included.
 */
import Papa from 'papaparse/papaparse.js';

/** One data row: its number as a spreadsheet shows it, and its fields in file order. */
export interface CsvRow {
  row: number;
  values: string[];
  /** Set when papaparse could not tell this row's fields apart (an unclosed or misplaced quote). */
  quoteProblem: 'unclosed' | 'misplaced' | null;
}

export interface CsvTable {
  /** The header's column names, normalised: no byte-order mark, trimmed, lower case, runs of spaces and underscores as one space. */
  columns: string[];
  rows: CsvRow[];
}

/** A column name as it is matched: "Book_Title ", "BOOK TITLE" and "book title" are the same column. */
export function normaliseColumnName(name: string): string {
  return name.replace(/^\uFEFF+/, '').trim().toLowerCase().replace(/[\s_]+/g, ' ');
}

function isBlank(values: readonly string[]): boolean {
  return values.every((value) => value.trim() === '');
}

/** The header and data rows of a comma-separated `text`; blank records are dropped, a file with no header has no columns. */
export function readCsvTable(text: string): CsvTable {
  const parsed = Papa.parse(text.replace(/^\uFEFF+/, ''), { header: false, delimiter: ',', skipEmptyLines: false });
  const quoteProblems = new Map<number, CsvRow['quoteProblem']>();
  for (const error of parsed.errors) {
    if (error.type !== 'Quotes' || error.row === undefined) continue;
    if (error.code === 'MissingQuotes' || !quoteProblems.has(error.row)) quoteProblems.set(error.row, error.code === 'MissingQuotes' ? 'unclosed' : 'misplaced');
  }
  const records = parsed.data;
  const headerIndex = records.findIndex((values) => !isBlank(values));
  if (headerIndex < 0) return { columns: [], rows: [] };
  const rows: CsvRow[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const values = records[i]!;
    if (isBlank(values)) continue;
    rows.push({ row: i + 1, values, quoteProblem: quoteProblems.get(i) ?? null });
  }
  return { columns: records[headerIndex]!.map(normaliseColumnName), rows };
}
