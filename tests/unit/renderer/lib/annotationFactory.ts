import type { Annotation, Motivation, Person } from '../../../../shared/model';

export const TEACHER: Person = { id: 'urn:uuid:00000000-0000-4000-8000-0000000000aa', type: 'Person', name: 'Ms Rivera' };
export const SAM: Person = { id: 'urn:uuid:00000000-0000-4000-8000-0000000000bb', type: 'Person', name: 'Sam' };
export const ME: Person = { id: 'urn:uuid:00000000-0000-4000-8000-0000000000cc', type: 'Person', name: 'Me' };

/** A minimal annotation for renderer logic tests. */
export function annotation(id: string, fields: { creator?: Person; motivation?: Motivation; replyTo?: string; note?: string; createdAt?: string; quote?: string } = {}): Annotation {
  return {
    id,
    documentId: 'd1',
    target: { selector: [{ type: 'TextQuoteSelector', exact: fields.quote ?? `quote ${id}`, prefix: '', suffix: '' }] },
    color: 'yellow',
    note: fields.note ?? '',
    tags: [],
    origin: 'own',
    creator: fields.creator ?? ME,
    motivation: fields.motivation ?? 'highlighting',
    ...(fields.replyTo ? { replyTo: fields.replyTo } : {}),
    createdAt: fields.createdAt ?? '2026-01-01T00:00:00.000Z',
    updatedAt: fields.createdAt ?? '2026-01-01T00:00:00.000Z',
  };
}
