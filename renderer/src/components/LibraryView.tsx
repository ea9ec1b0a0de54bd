import { useEffect, useState } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { plural } from '../../../shared/text/plural';
import { call } from '../lib/api';
import { shortcutText } from '../lib/platform';
import { StatisticsButton } from './StatisticsButton';

interface LibraryViewProps {
  /** Changes whenever the library may have changed, to reload the list. */
  version: number;
  onExport: () => void;
  /** Import annotations from another tool or a W3C file, each to the document it belongs to. */
  onImport: () => void;
  onOpenDocument: (documentId: string) => void;
  onOpenFile: () => void;
  onError: (message: string) => void;
}

function minutesToRead(length: number): string {
  const minutes = Math.max(1, Math.round(length / 5 / 230));
  return `${minutes} min read`;
}

/** The list of documents in the library, with a way to open a file. */
export function LibraryView({ version, onExport, onImport, onOpenDocument, onOpenFile, onError }: LibraryViewProps) {
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null);

  useEffect(() => {
    let live = true;
    void call('listDocuments', {}).then((result) => {
      if (!live) return;
      if (result.ok) setDocuments(result.value);
      else onError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [version, onError]);

  return (
    <main className="library" aria-labelledby="library-heading">
      <header className="library-header">
        <h1 id="library-heading">Library</h1>
        <StatisticsButton />
        <button type="button" onClick={onImport} title={`Import annotations from Kindle, Hypothesis, Readwise, Readium or a W3C file (${shortcutText('import-annotations')})`}>
          Import…
        </button>
        <button type="button" onClick={onExport} title={`Export the library's highlights (${shortcutText('export-markdown')})`}>
          Export…
        </button>
        <button type="button" className="button-primary" onClick={onOpenFile} title={`Open a text file (${shortcutText('open-file')})`}>
          Open file… <kbd>{shortcutText('open-file')}</kbd>
        </button>
      </header>
      {documents === null ? (
        <p className="muted">Loading your library…</p>
      ) : documents.length === 0 ? (
        <p className="muted">Your library is empty. Open a text file to start reading.</p>
      ) : (
        <ul className="document-list" aria-label="Documents">
          {documents.map((doc) => (
            <li key={doc.id}>
              <button type="button" className="document-card" onClick={() => onOpenDocument(doc.id)}>
                <span className="document-title">{doc.title}</span>
                <span className="document-meta">
                  {doc.source.kind === 'sample' ? <span className="badge">Sample article</span> : <span>{doc.source.name}</span>}
                  <span>{minutesToRead(doc.length)}</span>
                  <span>{plural(doc.annotationCount, 'highlight')}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
