/** Find in document: folding, matching and looking matches up by offset. */
export { foldForFind, type FoldedText } from './foldForFind';
export { DocumentFinder, FIND_LIMIT, type FindMatch, type FindOptions, type FindResult } from './findMatches';
export { firstMatchFrom, matchesWithin } from './matchRanges';
