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
 * reading progress, when last opened) and, beside it, its Rename and Delete buttons.
 */
export function DocumentCard({ document: doc, progress, now, onOpen, onRename, onDelete }: DocumentCardProps) {
  const progressLabel = progressText(progress);
  return (
    <li className="document-item">
      <button type="button" className="document-card" onClick={onOpen}>
        <span className="document-title">{doc.title}</span>
        <span className="document-meta">
          {doc.source.kind === 'sample' ? <span className="badge">Sample article</span> : <span>{doc.source.name}</span>}
          <span>{minutesToRead(doc.length)}</span>
          <span>{plural(doc.annotationCount, 'highlight')}</span>
        </span>
        <span className="document-meta document-reading">
          {doc.openedAt ? <span title={exactDate(doc.openedAt)}>Opened {relativeTime(doc.openedAt, now)}</span> : <span>Not opened yet</span>}
          {progressLabel ? <span>{progressLabel}</span> : null}
        </span>
        <span className="reading-bar" aria-hidden="true">
          <span className="reading-bar-fill" style={{ width: `${Math.round(Math.min(1, Math.max(0, progress)) * 100)}%` }} />
        </span>
      </button>
      <div className="document-actions">
        <button type="button" onClick={onRename} aria-label={`Rename “${doc.title}”`} title="Give this document another title">
          Rename
        </button>
        <button type="button" className="button-danger" onClick={onDelete} aria-label={`Delete “${doc.title}”`} title="Move this document and its highlights to the trash (kept 30 days)">
          Delete
        </button>
      </div>
    </li>
  );
}
