import { describe, expect, it } from 'vitest';
import { buildQuestionView } from '../../../../renderer/src/lib/questionView';
import type { LayerWithAnnotations } from '../../../../renderer/src/lib/sidebarItems';
import { annotation, SAM } from './annotationFactory';

const ALEX = { ...SAM, id: 'urn:uuid:00000000-0000-4000-8000-0000000000dd', name: 'Alex' };
const rangeOf = (id: string) => ({ q1: { start: 40, end: 45 }, q2: { start: 5, end: 9 } })[id] ?? null;

describe('buildQuestionView', () => {
  const own = [
    annotation('q1', { motivation: 'questioning', note: 'Why?' }),
    annotation('plain', { note: 'Not a question' }),
    annotation('q2', { motivation: 'questioning', note: 'Who?' }),
    annotation('lost', { motivation: 'questioning', note: 'Passage gone' }),
  ];
  const students: LayerWithAnnotations[] = [
    {
      key: 'sam',
      creator: SAM,
      role: 'student',
      readOnly: true,
      annotations: [
        annotation('s1', { creator: SAM, motivation: 'replying', replyTo: 'q1', note: 'Because', createdAt: '2026-01-02T00:00:00.000Z' }),
        annotation('s0', { creator: SAM, motivation: 'replying', replyTo: 'q1', note: 'First thought', createdAt: '2026-01-01T00:00:00.000Z' }),
        annotation('s2', { creator: SAM, note: 'my note' }),
        annotation('s3', { creator: SAM }),
        annotation('s4', { creator: SAM, motivation: 'replying', replyTo: 'plain', note: 'to a note' }),
      ],
    },
    { key: 'alex', creator: ALEX, role: 'student', readOnly: true, annotations: [annotation('a1', { creator: ALEX, motivation: 'replying', replyTo: 'q2', note: 'Her' })] },
  ];

  it('lists the own questions in reading order with each student\'s answers, empty when unanswered', () => {
    const view = buildQuestionView(own, students, rangeOf);
    expect(view.questions.map((q) => q.question.id)).toEqual(['q2', 'q1', 'lost']);
    const q1 = view.questions[1]!;
    expect(q1.students.map((s) => [s.student.creator.name, s.answers.map((a) => a.note)])).toEqual([
      ['Sam', ['First thought', 'Because']],
      ['Alex', []],
    ]);
  });

  it('counts each student\'s highlights, notes and questions answered (two replies to one question are one)', () => {
    const view = buildQuestionView(own, students, rangeOf);
    expect(view.students.map((s) => [s.student.creator.name, s.highlights, s.notes, s.answers])).toEqual([
      ['Sam', 2, 1, 1],
      ['Alex', 0, 0, 1],
    ]);
  });
});
