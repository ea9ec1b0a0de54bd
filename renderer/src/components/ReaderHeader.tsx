import { useRef, useState } from 'react';
import { shortcutText } from '../lib/platform';
import { rovingTarget } from '../lib/rovingFocus';

interface ReaderHeaderProps {
  title: string;
  onBack: () => void;
  /** The Back button's text and tooltip when it does not lead to the library (from a search result). */
  back?: { label: string; title: string };
  onImport: () => void;
  onExport: () => void;
  /** Replace the text with a new version of it. */
  onNewVersion: () => void;
  /** Share as packet (offered when the reading is not a teacher's packet). */
  onShare: (() => void) | null;
  /** Hand in (offered when the reading came from a teacher's packet). */
  onHandIn: (() => void) | null;
  /** Opens Reading settings (theme, text size, line width…). */
  onSettings: () => void;
  /** Shows or hides the Contents list (offered for documents with enough headings). */
  contents: { open: boolean; controls: string; toggle: () => void } | null;
}

/**
 * The reader's toolbar: back to the library, the title, and what can be done with this reading.
 * The reading's actions are one Tab stop (arrow keys move between them), and Export Handout… and
 * Print… are in the File menu (and their shortcuts), so keyboard users reach the text after few stops.
 */
export function ReaderHeader({ title, onBack, back, onImport, onExport, onNewVersion, onShare, onHandIn, onSettings, contents }: ReaderHeaderProps) {
  const toolbar = useRef<HTMLDivElement>(null);
  // The action that takes the toolbar's Tab stop: the last one focused.
  const [current, setCurrent] = useState(0);
  const buttons = () => [...(toolbar.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  const count = 4 + (onShare ? 1 : 0) + (onHandIn ? 1 : 0) + (contents ? 1 : 0);
  const stop = Math.min(current, count - 1);
  const tabIndex = (index: number) => (index === stop ? 0 : -1);
  return (
    <header className="reader-header">
      <button type="button" onClick={onBack} title={back?.title ?? `Back to the library (${shortcutText('show-library')})`}>
        {back?.label ?? '← Library'}
      </button>
      <h1 className="reader-title">{title}</h1>
      <div
        ref={toolbar}
        className="reader-actions"
        role="toolbar"
        aria-label="This reading"
        onFocus={(event) => {
          const focused: EventTarget = event.target;
          const index = buttons().findIndex((button) => button === focused);
          if (index !== -1) setCurrent(index);
        }}
        onKeyDown={(event) => {
          const list = buttons();
          const next = rovingTarget(event.key, list.findIndex((button) => button === document.activeElement), list.length);
          if (next === null) return;
          event.preventDefault();
          list[next]!.focus();
        }}
      >
        <button type="button" tabIndex={tabIndex(0)} onClick={onImport} title={`Import annotations from Kindle, Hypothesis, Readwise, Readium or a W3C file (${shortcutText('import-annotations')})`}>
          Import…
        </button>
        <button type="button" tabIndex={tabIndex(1)} onClick={onExport} title={`Export highlights as Markdown or W3C JSON (${shortcutText('export-markdown')})`}>
          Export…
        </button>
        <button
          type="button"
          tabIndex={tabIndex(2)}
          onClick={onNewVersion}
          title={`Replace this text with a corrected or re-published version; your highlights are found again on it (${shortcutText('replace-version')})`}
        >
          New version…
        </button>
        {onShare ? (
          <button type="button" tabIndex={tabIndex(3)} onClick={onShare} title={`Share this reading with your notes and questions as a packet for students (${shortcutText('share-packet')})`}>
            Share as packet…
          </button>
        ) : null}
        {onHandIn ? (
          <button type="button" tabIndex={tabIndex(onShare ? 4 : 3)} className="button-primary" onClick={onHandIn} title={`Hand in your highlights, notes and answers to your teacher (${shortcutText('hand-in')})`}>
            Hand in…
          </button>
        ) : null}
        {contents ? (
          <button
            type="button"
            tabIndex={tabIndex(count - 2)}
            aria-expanded={contents.open}
            aria-controls={contents.controls}
            onClick={contents.toggle}
            title={contents.open ? 'Hide the list of chapters and headings' : 'Show the list of chapters and headings, to jump to one'}
          >
            Contents
          </button>
        ) : null}
        <button type="button" className="reader-settings-button" tabIndex={tabIndex(count - 1)} onClick={onSettings} title="Theme, text size, line width and spacing">
          Reading settings…
        </button>
      </div>
    </header>
  );
}
