/** Library search: the index, its terms and snippets. */
export * from './libraryIndex';
export { foldTerm, tokenize } from './terms';
export type { Snippet } from './snippet';
