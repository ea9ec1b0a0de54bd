/** A dialog's main button: what the dialog is for. */
export interface DialogPrimaryAction {
  label: string;
  /** Said instead of `label` while the work runs, e.g. "Saving…". */
  busyLabel?: string;
  busy?: boolean;
  /** Disabled for another reason than being busy (it is always disabled while busy). */
  disabled?: boolean;
  /** Submits the dialog's form instead of calling `onClick`. */
  submit?: boolean;
  onClick?: () => void;
  title?: string;
  autoFocus?: boolean;
  buttonRef?: React.Ref<HTMLButtonElement>;
}

interface DialogButtonsProps {
  /** The quiet button before the primary one (Cancel, Close, Done); left out without it. */
  onCancel?: () => void;
  cancelLabel?: string;
  cancelDisabled?: boolean;
  primary?: DialogPrimaryAction;
  /** Other buttons, placed first in the row (e.g. Undo). */
  children?: React.ReactNode;
}

/** The row of buttons at the end of a dialog: any others, then Cancel, then the primary action. */
export function DialogButtons({ onCancel, cancelLabel = 'Cancel', cancelDisabled, primary, children }: DialogButtonsProps) {
  return (
    <div className="modal-actions">
      {children}
      {onCancel ? (
        <button type="button" onClick={onCancel} disabled={cancelDisabled}>
          {cancelLabel}
        </button>
      ) : null}
      {primary ? (
        <button
          ref={primary.buttonRef}
          type={primary.submit ? 'submit' : 'button'}
          className="button-primary"
          disabled={primary.busy === true || primary.disabled === true}
          onClick={primary.submit ? undefined : primary.onClick}
          title={primary.title}
          data-autofocus={primary.autoFocus ? '' : undefined}
        >
          {primary.busy && primary.busyLabel ? primary.busyLabel : primary.label}
        </button>
      ) : null}
    </div>
  );
}
