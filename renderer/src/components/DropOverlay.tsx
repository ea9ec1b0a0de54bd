/**
 * Shown while files are dragged over the window: the whole window is the drop target. It
 * takes no pointer events, so the drag's events still reach the page beneath.
 */
export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-card">
        <p className="drop-overlay-title">Drop to open or import</p>
        <p className="drop-overlay-hint">Text, Markdown, HTML, EPUB and PDF files open as documents, packets open as layers, and annotation files show what would be imported first.</p>
      </div>
    </div>
  );
}
