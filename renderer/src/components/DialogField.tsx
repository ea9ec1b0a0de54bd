import { useId } from 'react';

/** The attributes that tie a dialog's control to its label and to its problem message. */
export interface DialogFieldControl {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface DialogFieldProps {
  label: string;
  /** What is wrong with the value, in a sentence; empty when nothing is. */
  problem: string;
  /** Renders the control (an input, a textarea…) with the attributes it is given. */
  children: (control: DialogFieldControl) => React.ReactNode;
}

/**
 * A dialog's labelled field with its problem message under it: the control is named by the
 * label, marked invalid and described by the message while there is one, and the message is
 * announced as it appears.
 */
export function DialogField({ label, problem, children }: DialogFieldProps) {
  const controlId = useId();
  const problemId = useId();
  return (
    <>
      <label htmlFor={controlId}>{label}</label>
      {children({ id: controlId, 'aria-invalid': problem !== '', 'aria-describedby': problem ? problemId : undefined })}
      <DialogProblem id={problemId}>{problem}</DialogProblem>
    </>
  );
}

/**
 * A dialog's problem message: always present (empty when there is none), so that what appears
 * in it is announced as an alert.
 */
export function DialogProblem({ id, children }: { id?: string; children: React.ReactNode }) {
  return (
    <p id={id} role="alert" className="dialog-problem">
      {children}
    </p>
  );
}
