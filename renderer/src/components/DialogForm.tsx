/**
 * A dialog's form: Enter in a field, or the submit button, runs `onSubmit` instead of loading
 * a page.
 */
export function DialogForm({ onSubmit, children }: { onSubmit: () => void; children: React.ReactNode }) {
  return (
    <form
      className="modal-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
