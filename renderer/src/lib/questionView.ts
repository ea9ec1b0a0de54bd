/**
 * The teacher's question view: each of the teacher's own questions with every student's
 * answers under it, and for each student how many highlights, notes and answers they handed in.
 */
import type { Annotation } from '../../../shared/model';
import { isReply, type LayerWithAnnotations, type RangeOf } from './sidebarItems';
import type { LayerInfo } from './layerLabels';

/** One student's answers to one question (empty when they did not answer). */
export interface StudentAnswers {
  student: LayerInfo;
  answers: Annotation[];
}

export interface QuestionRow {
  question: Annotation;
  students: StudentAnswers[];
}

/** What one student handed in, counted. */
export interface StudentTally {
  student: LayerInfo;
  /** Annotations that are not replies. */
  highlights: number;
  /** Of those, the ones with a note. */
  notes: number;
  /** How many of the teacher's questions they answered (however many replies each). */
  answers: number;
}

export interface QuestionView {
  questions: QuestionRow[];
  students: StudentTally[];
}

function info(layer: LayerWithAnnotations): LayerInfo {
  return { key: layer.key, creator: layer.creator, role: layer.role, readOnly: layer.readOnly };
}

/**
 * Builds the view from the own layer's annotations and the student layers (in the order given).
 * Questions come in reading order (passages that cannot be found last); answers in time order.
 */
export function buildQuestionView(own: readonly Annotation[], studentLayers: readonly LayerWithAnnotations[], rangeOf: RangeOf): QuestionView {
  const position = (a: Annotation) => rangeOf(a.id)?.start ?? Number.POSITIVE_INFINITY;
  const questions = own.filter((a) => a.motivation === 'questioning').sort((a, b) => position(a) - position(b));
  const questionIds = new Set(questions.map((q) => q.id));
  return {
    questions: questions.map((question) => ({
      question,
      students: studentLayers.map((layer) => ({
        student: info(layer),
        answers: layer.annotations
          .filter((a) => isReply(a) && a.replyTo === question.id)
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      })),
    })),
    students: studentLayers.map((layer) => {
      const highlights = layer.annotations.filter((a) => a.motivation !== 'replying');
      return {
        student: info(layer),
        highlights: highlights.length,
        notes: highlights.filter((a) => a.note.trim() !== '').length,
        answers: new Set(layer.annotations.filter((a) => isReply(a) && questionIds.has(a.replyTo!)).map((a) => a.replyTo)).size,
      };
    }),
  };
}
