import { shortcutText } from '../lib/platform';

interface ReaderHeaderProps {
  title: string;
  onBack: () => void;
  onImport: () => void;
  onExport: () => void;
  /** Share as packet (offered when the reading is not a teacher's packet). */
  onShare: (() => void) | null;
  /** Hand in (offered when the reading came from a teacher's packet). */
  onHandIn: (() => void) | null;
}

/**
 * The reader's toolbar: back to the library, the title, and what can be done with this reading.
 * Export Handout… and Print… are in the File menu (and their shortcuts), so keyboard users
 * reach the text after few stops.
 */
export function ReaderHeader({ title, onBack, onImport, onExport, onShare, onHandIn }: ReaderHeaderProps) {
  return (
    <header className="reader-header">
      <button type="button" onClick={onBack} title={`Back to the library (${shortcutText('show-library')})`}>
        ← Library
      </button>
      <h1 className="reader-title">{title}</h1>
      <div className="reader-actions" role="group" aria-label="This reading">
        <button type="button" onClick={onImport} title={`Import annotations from Kindle, Hypothesis, Readwise, Readium or a W3C file (${shortcutText('import-annotations')})`}>
          Import…
        </button>
        <button type="button" onClick={onExport} title={`Export highlights as Markdown or W3C JSON (${shortcutText('export-markdown')})`}>
          Export…
        </button>
        {onShare ? (
          <button type="button" onClick={onShare} title={`Share this reading with your notes and questions as a packet for students (${shortcutText('share-packet')})`}>
            Share as packet…
          </button>
        ) : null}
        {onHandIn ? (
          <button type="button" className="button-primary" onClick={onHandIn} title={`Hand in your highlights, notes and answers to your teacher (${shortcutText('hand-in')})`}>
            Hand in…
          </button>
        ) : null}
      </div>
    </header>
  );
}
