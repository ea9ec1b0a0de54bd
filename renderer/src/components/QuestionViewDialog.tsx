import { quoteOf } from '../../../shared/model';
import { shorten } from '../../../shared/text/shorten';
import { personName } from '../lib/layerLabels';
import type { QuestionView } from '../lib/questionView';
import { DialogButtons } from './DialogButtons';
import { ModalDialog } from './ModalDialog';

interface QuestionViewDialogProps {
  view: QuestionView;
  onClose: () => void;
  /** Closes the view and shows the question's passage in the text. */
  onShowQuestion: (annotationId: string) => void;
}

/** The teacher's view of the hand-ins: each question with every student's answer, and a tally per student. */
export function QuestionViewDialog({ view, onClose, onShowQuestion }: QuestionViewDialogProps) {
  return (
    <ModalDialog title="Questions and answers" onClose={onClose} className="modal-wide">
      {view.questions.length === 0 ? (
        <p>
          You have not asked any questions on this reading. Tick “Ask students this as a question” on one of your notes, share the packet
          again, and the answers in the hand-ins appear here.
        </p>
      ) : (
        <ol className="question-view" aria-label="Questions">
          {view.questions.map(({ question, students }, index) => (
            <li key={question.id} className="question-view-item">
              <h3 className="question-view-question">
                <span className="question-number">Question {index + 1}.</span> {question.note || '(no question text)'}
              </h3>
              <p className="question-view-quote">
                “{shorten(quoteOf(question), 200)}”{' '}
                <button type="button" className="link-button" onClick={() => onShowQuestion(question.id)}>
                  Show in text<span className="sr-only"> (question {index + 1})</span>
                </button>
              </p>
              <dl className="question-view-answers">
                {students.map(({ student, answers }) => (
                  <div key={student.key} className="question-view-answer">
                    <dt>{personName(student.creator, 'student')}</dt>
                    {answers.length === 0 ? (
                      <dd className="muted">No answer</dd>
                    ) : (
                      answers.map((answer) => <dd key={answer.id}>{answer.note || '(empty answer)'}</dd>)
                    )}
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ol>
      )}
      <table className="student-tally">
        <caption>What each student handed in</caption>
        <thead>
          <tr>
            <th scope="col">Student</th>
            <th scope="col">Highlights</th>
            <th scope="col">Notes</th>
            <th scope="col">Answers</th>
          </tr>
        </thead>
        <tbody>
          {view.students.map(({ student, highlights, notes, answers }) => (
            <tr key={student.key}>
              <th scope="row">{personName(student.creator, 'student')}</th>
              <td>{highlights}</td>
              <td>{notes}</td>
              <td>
                {answers} of {view.questions.length}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <DialogButtons primary={{ label: 'Done', onClick: onClose, autoFocus: true }} />
    </ModalDialog>
  );
}
