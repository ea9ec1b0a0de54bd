import type { ContentsEntry } from '../lib/contents';

interface ContentsListProps {
  id: string;
  entries: readonly ContentsEntry[];
  /** Scrolls the text to the heading in block `index` and moves focus there. */
  onJump: (index: number) => void;
}

/**
 * The document's Contents: a labelled navigation list of its headings (an EPUB's chapters, a
 * PDF's headings with their pages); each link scrolls the text to its heading.
 */
export function ContentsList({ id, entries, onJump }: ContentsListProps) {
  return (
    <nav id={id} className="contents-list" aria-label="Contents">
      <h2 className="contents-title">Contents</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.block}>
            <a
              href={`#block-${entry.block}`}
              onClick={(event) => {
                event.preventDefault();
                onJump(entry.block);
              }}
            >
              <span className="contents-label">{entry.label}</span>
              {entry.page !== null ? <span className="contents-page">p. {entry.page}</span> : null}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
