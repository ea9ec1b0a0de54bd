import { describe, expect, it } from 'vitest';
import type { LayerChange } from '../../../../shared/api';
import { packetOpenedMessage } from '../../../../renderer/src/lib/packetMessages';
import { SAM, TEACHER } from './annotationFactory';

const change = (fields: Partial<LayerChange>): LayerChange => ({
  kind: 'packet',
  author: TEACHER,
  role: 'teacher',
  revision: 1,
  status: 'added',
  added: 4,
  changed: 0,
  removed: 0,
  ...fields,
});

describe('packetOpenedMessage', () => {
  it('says whose layer arrived, how many annotations, and that it is read-only', () => {
    expect(packetOpenedMessage('Reading', change({}))).toBe(
      'Opened Ms Rivera’s packet for “Reading”: 4 annotations, shown as the layer “Teacher: Ms Rivera” beside your own notes. It is read-only.',
    );
    expect(packetOpenedMessage('Reading', change({ kind: 'hand-in', author: SAM, role: 'student', added: 1 }))).toContain(
      'Opened Sam’s hand-in for “Reading”: 1 annotation, shown as the layer “Student: Sam”',
    );
  });

  it('says what an update changed and that the user\'s own work is untouched', () => {
    expect(packetOpenedMessage('Reading', change({ status: 'updated', revision: 2, added: 0, changed: 1, removed: 1 }))).toBe(
      'Updated Ms Rivera’s packet for “Reading” to revision 2: 1 changed, 1 removed. Your own highlights and answers are unchanged.',
    );
  });

  it('says when the file holds nothing new', () => {
    expect(packetOpenedMessage('Reading', change({ status: 'unchanged', revision: 2 }))).toBe(
      'You already have revision 2 of Ms Rivera’s packet for “Reading”, so nothing changed.',
    );
  });
});
