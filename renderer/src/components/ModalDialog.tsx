import { useEffect, useId, useRef } from 'react';

interface ModalDialogProps {
  title: string;
  /** Closing by Escape, by a Cancel/Done button, or after the work is done. */
  onClose: () => void;
  className?: string;
  children: React.ReactNode;
}

/**
 * A modal dialog like the app's others: the native `<dialog>` shown with `showModal()`, so the
 * page behind is inert and focus stays inside; Escape closes it; its title names it. Focus
 * starts on the control marked `data-autofocus` (React's autoFocus runs before the dialog is
 * open, so `showModal()` would move focus to the first control instead), else the first.
 */
export function ModalDialog({ title, onClose, className, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (!dialog.current || dialog.current.open) return;
    dialog.current.showModal();
    dialog.current.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);
  return (
    <dialog ref={dialog} className={`modal${className ? ` ${className}` : ''}`} aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
