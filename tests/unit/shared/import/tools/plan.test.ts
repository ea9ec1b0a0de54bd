import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../../../shared/anchoring';
import { planForeignImport } from '../../../../../shared/import/tools/plan';
import type { Annotation, DocumentRecord, Person } from '../../../../../shared/model';
import { TEST_PERSON } from '../../../../support/person';
import type { ForeignAnnotation } from '../../../../../shared/import/tools/foreignAnnotation';
import { foreignItem } from './foreignItem';

const TEXT = 'The day was rainy and overcast. Putin greeted him with “open arms” and a broad smile.\n\nA second paragraph about the Kremlin’s long staircase.';
const DOCUMENT: DocumentRecord = {
  id: 'd00000000000000000001',
  title: 'Kremlin',
  source: { kind: 'file', name: 'k.txt', importedAt: '2026-01-01T00:00:00.000Z', sha256: 'x' },
  text: TEXT,
  blocks: [],
};
const OTHER: Person = { id: 'urn:uuid:00000000-0000-4000-8000-0000000000aa', type: 'Person', name: 'alice' };

const item = foreignItem;

let counter = 0;
const plan = (items: ForeignAnnotation[], own: Annotation[] = [], others: Annotation[] = []) =>
  planForeignImport({ document: DOCUMENT, own, others, items: items.map((item, index) => ({ index, item })), profile: TEST_PERSON, now: '2026-11-30T00:00:00.000Z', newId: () => `new-${++counter}` });

describe('planForeignImport', () => {
  it('finds quotes exactly or approximately (e-reader whitespace, straight quotes, dashes), and keeps the rest as orphans with a reason', () => {
    const result = plan([item('The day was rainy'), item('greeted him with "open arms"  and'), item('A second paragraph about the Kremlin’s long staircase'), item('words that are nowhere'), item('', { note: 'a page note' })]);
    expect(result.outcomes.map((o) => o.status)).toEqual(['exact', 'approximate', 'exact', 'orphan', 'orphan']);
    expect(result.outcomes[3]!.reason).toMatch(/not in this document/);
    expect(result.outcomes[4]!.reason).toMatch(/whole page/);
    expect(result.own).toHaveLength(5);
    expect(result.own[1]!.target.selector[0]).toMatchObject({ exact: 'greeted him with “open arms” and' });
  });

  it('skips what the document has: by id, then by passage, note and tags; and what the file holds twice', () => {
    const [quote, position] = describeRange(TEXT, 4, 17);
    const existing: Annotation = { id: 'hyp-1', documentId: DOCUMENT.id, target: { selector: [quote!, position!] }, color: 'yellow', note: 'n', tags: ['t'], origin: 'own', creator: TEST_PERSON, motivation: 'commenting', createdAt: '', updatedAt: '' };
    const result = plan([item('something else', { sourceId: 'hyp-1' }), item('day was rainy', { note: 'n', tags: ['t'] }), item('Putin greeted'), item('Putin greeted')], [existing]);
    expect(result.outcomes.map((o) => o.status)).toEqual(['duplicate', 'duplicate', 'exact', 'duplicate']);
    expect(result.own).toHaveLength(1);
  });

  it('puts other people’s annotations in their layer, and links replies to what they answer', () => {
    const result = plan([
      item('Putin greeted', { sourceId: 'parent', creator: OTHER, note: 'Is this warm?' }),
      item('Putin greeted', { sourceId: 'child', note: 'Yes, very.', replyTo: 'parent' }),
      item('', { sourceId: 'lost-reply', note: 'To something else', replyTo: 'not-in-file' }),
    ]);
    expect(result.others).toEqual([{ creator: OTHER, annotations: [expect.objectContaining({ id: 'parent', note: 'Is this warm?' })] }]);
    expect(result.own.map((a) => [a.id, a.motivation, a.replyTo])).toEqual([
      ['child', 'replying', 'parent'],
      ['lost-reply', 'commenting', undefined],
    ]);
  });
});

describe('replies without a passage of their own', () => {
  it('sit on the passage of what they answer, found as it is found (Hypothesis replies carry no selectors)', () => {
    const result = plan([item('Putin greeted', { sourceId: 'root', creator: OTHER, note: 'Warm?' }), item('', { sourceId: 'answer', note: 'Very.', replyTo: 'root' }), item('', { sourceId: 'lost', note: 'To what?', replyTo: 'nowhere' })]);
    expect(result.outcomes.map((o) => o.status)).toEqual(['exact', 'exact', 'orphan']);
    const reply = result.own.find((a) => a.id === 'answer')!;
    expect(reply).toMatchObject({ motivation: 'replying', replyTo: 'root', target: { selector: [{ exact: 'Putin greeted' }, { type: 'TextPositionSelector' }] } });
  });
});
