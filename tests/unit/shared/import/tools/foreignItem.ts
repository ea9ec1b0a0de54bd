import type { ForeignAnnotation } from '../../../../../shared/import/tools/foreignAnnotation';

/** A foreign annotation on the quote `exact` (a page note when empty), with any fields changed. */
export function foreignItem(exact: string, fields: Partial<ForeignAnnotation> = {}): ForeignAnnotation {
  return {
    sourceId: null,
    document: {},
    creator: null,
    selectors: exact ? [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] : [],
    note: '',
    tags: [],
    color: 'yellow',
    created: null,
    modified: null,
    replyTo: null,
    kind: exact ? 'highlight' : 'page-note',
    location: null,
    ...fields,
  };
}
