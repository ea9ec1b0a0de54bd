import { useEffect, useMemo, useRef, useState } from 'react';
import type { TrashEntry } from '../../../shared/api';
import type { DocumentSummary } from '../../../shared/model';
import { plural } from '../../../shared/text/plural';
import { call } from '../lib/api';
import { arrangeDocuments, tagsInLibrary, type LibraryArrangement } from '../lib/libraryArrangement';
import { loadLibraryPreferences, saveLibraryPreferences } from '../lib/libraryPreferences';
import { shortcutText } from '../lib/platform';
import { StatisticsButton } from './StatisticsButton';
import { loadPosition } from '../lib/readingPosition';
import { DocumentCard } from './DocumentCard';
import { LibraryToolbar } from './LibraryToolbar';
import type { Notice } from './NoticeBar';
import { RenameDocumentDialog } from './RenameDocumentDialog';
import { TrashDialog } from './TrashDialog';
import { markOpenDocument } from '../lib/openTiming';

interface LibraryViewProps {
  /** Changes whenever the library may have changed, to reload the list. */
  version: number;
  onExport: () => void;
  /** Import annotations from another tool or a W3C file, each to the document it belongs to. */
  onImport: () => void;
  onOpenDocument: (documentId: string) => void;
  onOpenFile: () => void;
  onError: (message: string) => void;
  onNotice: (notice: Notice) => void;
  /** A document was moved to the trash (the app offers Undo). */
  onDeleted: (entry: TrashEntry) => void;
  /** Something in the library changed here (a rename, a restore): reload what shows it. */
  onChanged: () => void;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The list of documents in the library: search, sort and filter them, open, rename or delete one, and the trash. */
export function LibraryView({ version, onExport, onImport, onOpenDocument, onOpenFile, onError, onNotice, onDeleted, onChanged }: LibraryViewProps) {
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null);
  const [arrangement, setArrangement] = useState<LibraryArrangement>(() => ({ ...loadLibraryPreferences(storage()), query: '' }));
  const [renaming, setRenaming] = useState<DocumentSummary | null>(null);
  const [trashOpen, setTrashOpen] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  /** After a delete, the place in the list whose card gets the focus once the list is reloaded. */
  const focusAfterReload = useRef<number | null>(null);

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

  useEffect(() => {
    const index = focusAfterReload.current;
    if (index === null || documents === null) return;
    focusAfterReload.current = null;
    const cards = list.current?.querySelectorAll<HTMLButtonElement>('.document-card');
    const target = cards && cards.length > 0 ? cards[Math.min(index, cards.length - 1)] : null;
    target?.focus();
  }, [documents]);

  const changeArrangement = (next: LibraryArrangement) => {
    setArrangement(next);
    saveLibraryPreferences(storage(), { sort: next.sort, tag: next.tag });
  };

  const tags = useMemo(() => tagsInLibrary(documents ?? []), [documents]);
  const shown = useMemo(() => arrangeDocuments(documents ?? [], arrangement), [documents, arrangement]);
  const filtering = arrangement.query.trim() !== '' || arrangement.tag !== null;
  const now = new Date();

  const remove = async (doc: DocumentSummary, index: number) => {
    const result = await call('deleteDocument', { documentId: doc.id });
    if (!result.ok) return onError(result.error.message);
    focusAfterReload.current = index;
    onDeleted(result.value.entry);
  };

  return (
    <main className="library" aria-labelledby="library-heading">
      <header className="library-header">
        <h1 id="library-heading">Library</h1>
        <StatisticsButton />
        <button type="button" onClick={() => setTrashOpen(true)} title="Deleted documents, kept for 30 days">
          Trash…
        </button>
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
      {documents !== null && documents.length > 0 ? <LibraryToolbar arrangement={arrangement} tags={tags} onChange={changeArrangement} /> : null}
      <p aria-live="polite" className="filter-count">
        {documents !== null && filtering ? `Showing ${shown.length} of ${plural(documents.length, 'document')}.` : ''}
      </p>
      {documents === null ? (
        <p className="muted">Loading your library…</p>
      ) : documents.length === 0 ? (
        <p className="muted">Your library is empty. Open a text file to start reading.</p>
      ) : shown.length === 0 ? (
        <p className="muted">No document matches. Clear the search or choose “All tags” to see them all.</p>
      ) : (
        <ul className="document-list" aria-label="Documents" ref={list}>
          {shown.map((doc, index) => (
            <DocumentCard
              key={doc.id}
              document={doc}
              progress={loadPosition(storage(), doc.id)}
              now={now}
              onOpen={() => {
                markOpenDocument();
                onOpenDocument(doc.id);
              }}
              onRename={() => setRenaming(doc)}
              onDelete={() => void remove(doc, index)}
            />
          ))}
        </ul>
      )}
      {renaming ? (
        <RenameDocumentDialog
          document={renaming}
          onClose={() => setRenaming(null)}
          onRenamed={(renamed) => {
            setRenaming(null);
            onChanged();
            onNotice({ tone: 'info', text: `Renamed “${renaming.title}” to “${renamed.title}”.` });
          }}
        />
      ) : null}
      {trashOpen ? (
        <TrashDialog
          onClose={() => setTrashOpen(false)}
          onError={onError}
          onRestored={(restored) => {
            onChanged();
            onNotice({ tone: 'info', text: `Restored “${restored.title}” with ${plural(restored.annotationCount, 'highlight')}.` });
          }}
        />
      ) : null}
    </main>
  );
}
