/**
 * The part of papaparse's API the Readwise importer uses, declared here instead of loading
 * `@types/papaparse`: that package starts with `/// <reference types="node" />`, so importing
 * it would make Node's globals (`process`, `Buffer`, Node's timers) visible to every file of
 * shared/ and renderer/, whose configs deliberately have none. The module is imported by its
 * file name (`papaparse/papaparse.js`, the package's `main`) so that TypeScript does not
 * resolve it to `@types/papaparse`. Checked against papaparse 5.7.
 */
declare module 'papaparse/papaparse.js' {
  /** One thing papaparse could not read; with `header: false`, `row` is the index of the record in `data`. */
  export interface PapaParseError {
    type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
    code: 'MissingQuotes' | 'UndetectableDelimiter' | 'TooFewFields' | 'TooManyFields' | 'InvalidQuotes';
    message: string;
    row?: number;
  }

  export interface PapaParseResult {
    /** With `header: false`, one array of field texts per record, the header line included. */
    data: string[][];
    errors: PapaParseError[];
    meta: { delimiter: string; linebreak: string; aborted: boolean; truncated: boolean };
  }

  export interface PapaParseConfig {
    header: false;
    delimiter: string;
    skipEmptyLines: false;
  }

  const Papa: { parse(input: string, config: PapaParseConfig): PapaParseResult };
  export default Papa;
}
