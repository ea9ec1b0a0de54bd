import { useId } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { plural } from '../../../shared/text/plural';
import { exactDate, relativeTime } from '../lib/relativeTime';

interface DocumentCardProps {
  document: DocumentSummary;
  /** How far the reader got, from 0 to 1 (see `readingPosition.ts`). */
  progress: number;
  now: Date;
  onOpen: () => void;
  onRename: () => void;
  onDelete: () => void;
}

function minutesToRead(length: number): string {
  const minutes = Math.max(1, Math.round(length / 5 / 230));
  return `${minutes} min read`;
}

/** "42% read", "Read to the end", or nothing before the reader has moved. */
function progressText(progress: number): string {
  const percent = Math.round(progress * 100);
  if (percent >= 100) return 'Read to the end';
  return percent > 0 ? `${percent}% read` : '';
}

/**
 * One document of the library: a button that opens it (title, source, length, highlights,
 * reading progress, when last opened) and, beside it, its Rename and Delete buttons in a group
 * named by the title (their own names leave the title out, so the card is the one button
 * whose name is the title).
 */
export function DocumentCard({ document: doc, progress, now, onOpen, onRename, onDelete }: DocumentCardProps) {
  const progressLabel = progressText(progress);
  const titleId = useId();
  return (
    <li className="document-item">
      <button type="button" className="document-card" onClick={onOpen}>
        <span className="document-title" id={titleId}>
          {doc.title}
        </span>
        {/* When and how far it was read comes first: the card's name still ends with its highlights. */}
        <span className="document-meta document-reading">
          {doc.openedAt ? <span title={exactDate(doc.openedAt)}>Opened {relativeTime(doc.openedAt, now)}</span> : <span>Not opened yet</span>}
          {progressLabel ? <span>{progressLabel}</span> : null}
        </span>
        <span className="document-meta">
          {doc.author ? <span className="document-author">by {doc.author}</span> : null}
          {doc.source.kind === 'sample' ? <span className="badge">Sample article</span> : <span>{doc.source.name}</span>}
          <span>{minutesToRead(doc.length)}</span>
          <span>{plural(doc.annotationCount, 'highlight')}</span>
        </span>
        {progress > 0 ? (
          <span className="reading-bar" aria-hidden="true">
            <span className="reading-bar-fill" style={{ width: `${Math.round(Math.min(1, progress) * 100)}%` }} />
          </span>
        ) : null}
      </button>
      {/* The group is named by the title, so "Rename" and "Delete" are heard as this document's. */}
      <div className="document-actions" role="group" aria-labelledby={titleId}>
        <button type="button" onClick={onRename} title={`Give “${doc.title}” another title`}>
          Rename
        </button>
        <button type="button" className="button-danger" onClick={onDelete} title={`Move “${doc.title}” and its highlights to the trash (kept 30 days)`}>
          Delete
        </button>
      </div>
    </li>
  );
}
