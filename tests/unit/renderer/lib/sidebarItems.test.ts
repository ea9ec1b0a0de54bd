import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../../../renderer/src/lib/filterAnnotations';
import { arrangeSidebar, type LayerWithAnnotations } from '../../../../renderer/src/lib/sidebarItems';
import { annotation, ME, SAM, TEACHER } from './annotationFactory';

const starts: Record<string, number> = { q1: 50, q2: 10, n1: 30, mine: 20, early: 5, reply: 50 };
const rangeOf = (id: string) => (id in starts ? { start: starts[id]!, end: starts[id]! + 5 } : null);

function layers(own: ReturnType<typeof annotation>[], teacher: ReturnType<typeof annotation>[]): LayerWithAnnotations[] {
  return [
    { key: 'own', creator: ME, role: 'own', readOnly: false, annotations: own },
    { key: 'teacher-1', creator: TEACHER, role: 'teacher', readOnly: true, annotations: teacher },
  ];
}

const teacherNotes = [
  annotation('q1', { creator: TEACHER, motivation: 'questioning', note: 'Why?' }),
  annotation('n1', { creator: TEACHER, motivation: 'commenting', note: 'Context' }),
  annotation('q2', { creator: TEACHER, motivation: 'questioning', note: 'Who?' }),
];

describe('arrangeSidebar', () => {
  it('lists other people\'s questions first, in reading order, and the rest in reading order after them', () => {
    const result = arrangeSidebar(layers([annotation('mine'), annotation('early')], teacherNotes), new Set(), rangeOf, NO_FILTER);
    expect(result.questions.map((i) => i.annotation.id)).toEqual(['q2', 'q1']);
    expect(result.placed.map((i) => i.annotation.id)).toEqual(['early', 'mine', 'n1']);
    expect(result.placed.find((i) => i.annotation.id === 'n1')?.layer.role).toBe('teacher');
    expect(result.total).toBe(5);
  });

  it('keeps the user\'s own questions in reading order (a teacher sees them among their notes)', () => {
    const own = [annotation('q1', { motivation: 'questioning' }), annotation('mine')];
    const result = arrangeSidebar(layers(own, []), new Set(), rangeOf, NO_FILTER);
    expect(result.questions).toEqual([]);
    expect(result.placed.map((i) => i.annotation.id)).toEqual(['mine', 'q1']);
  });

  it('puts replies under the annotation they answer, own replies first, and not in the lists', () => {
    const studentLayer: LayerWithAnnotations = {
      key: 'student-sam',
      creator: SAM,
      role: 'student',
      readOnly: true,
      annotations: [annotation('sam-answer', { creator: SAM, motivation: 'replying', replyTo: 'q1', note: 'Because', createdAt: '2026-01-01T00:00:00.000Z' })],
    };
    const own = [annotation('reply', { motivation: 'replying', replyTo: 'q1', note: 'Mine', createdAt: '2026-02-01T00:00:00.000Z' })];
    const result = arrangeSidebar([...layers(own, teacherNotes), studentLayer], new Set(), rangeOf, NO_FILTER);
    expect(result.replies.get('q1')?.map((i) => i.annotation.id)).toEqual(['reply', 'sam-answer']);
    expect([...result.questions, ...result.placed, ...result.orphans].map((i) => i.annotation.id)).not.toContain('reply');
  });

  it('lists a reply whose annotation is gone as detached, on its own', () => {
    const own = [annotation('reply', { motivation: 'replying', replyTo: 'removed-question', note: 'Kept' })];
    const result = arrangeSidebar(layers(own, teacherNotes), new Set(), rangeOf, NO_FILTER);
    expect(result.placed.map((i) => [i.annotation.id, i.detached])).toContainEqual(['reply', true]);
    expect(result.replies.size).toBe(0);
  });

  it('leaves hidden layers out without detaching the replies to them', () => {
    const own = [annotation('reply', { motivation: 'replying', replyTo: 'q1', note: 'Mine' })];
    const result = arrangeSidebar(layers(own, teacherNotes), new Set(['teacher-1']), rangeOf, NO_FILTER);
    expect(result.questions).toEqual([]);
    expect(result.placed).toEqual([]);
    expect(result.replies.get('q1')?.map((i) => i.detached)).toEqual([false]);
    const ownHidden = arrangeSidebar(layers(own, teacherNotes), new Set(['own']), rangeOf, NO_FILTER);
    expect(ownHidden.replies.size).toBe(0);
    expect(ownHidden.questions).toHaveLength(2);
  });

  it('lists annotations whose passage is not found as orphans and applies the filter to every layer', () => {
    const result = arrangeSidebar(layers([annotation('lost', { note: 'context lost' })], teacherNotes), new Set(), rangeOf, { ...NO_FILTER, text: 'context' });
    expect(result.orphans.map((i) => i.annotation.id)).toEqual(['lost']);
    expect(result.placed.map((i) => i.annotation.id)).toEqual(['n1']);
    expect(result.questions).toEqual([]);
  });

  it('lists an annotation whose passage is still being searched for (no range yet) neither in place nor as an orphan', () => {
    const searching = (id: string) => (id === 'pending' ? undefined : rangeOf(id));
    const result = arrangeSidebar(layers([annotation('mine'), annotation('pending'), annotation('lost')], []), new Set(), searching, NO_FILTER);
    expect(result.placed.map((i) => i.annotation.id)).toEqual(['mine']);
    expect(result.orphans.map((i) => i.annotation.id)).toEqual(['lost']);
    expect(result.total).toBe(3);
  });
});
