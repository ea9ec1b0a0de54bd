import { useCallback, useEffect, useRef, useState } from 'react';
import { MENU_COMMANDS, type MenuCommand } from '../../shared/api';
import { SHORTCUTS, matchesShortcut } from '../../shared/shortcuts';
import { plural } from '../../shared/text/plural';
import { LibraryView } from './components/LibraryView';
import { NoticeBar, type Notice } from './components/NoticeBar';
import { ReaderView, type ReaderHandle } from './components/ReaderView';
import { SearchView } from './components/SearchView';
import { RestoreBackupDialog } from './components/RestoreBackupDialog';
import { ExportDialog, type ExportResult } from './components/ExportDialog';
import { DropOverlay } from './components/DropOverlay';
import { ImportDialog } from './components/ImportDialog';
import { TagManagerDialog } from './components/TagManagerDialog';
import { StatisticsView } from './components/StatisticsView';
import { AppCommandContext } from './hooks/useAppCommand';
import { useIncomingFiles } from './hooks/useIncomingFiles';
import { useTrashUndo } from './hooks/useTrashUndo';
import { call, onMenuCommand } from './lib/api';
import { importedText } from './lib/importReport';
import { packetOpenedMessage } from './lib/packetMessages';
import { IS_MAC } from './lib/platform';
import { EMPTY_SEARCH, targetOf, type PassageTarget, type SearchPageState, type SearchRow } from './lib/searchResults';

/** What is showing. A reading opened from a search result leads back to the results. */
type View =
  | { kind: 'library' }
  | { kind: 'statistics' }
  | { kind: 'reader'; documentId: string; target?: PassageTarget; fromSearch?: boolean }
  | { kind: 'search' };

const BACK_TO_SEARCH = { label: '← Search results', title: 'Back to the search results' };
/** Where the search page's Back leads, by the view it was opened from. */
const BACK_LABELS: Readonly<Record<View['kind'], string>> = { library: 'Library', statistics: 'Statistics', reader: 'Reading', search: 'Library' };
type Dialog = 'restore-backup' | 'manage-tags' | 'export' | null;

/** What each reading command does, for "open a reading first, then …". */
const COMMAND_VERBS = {
  'share-packet': 'share it as a packet',
  'hand-in': 'hand it in',
  'export-handout': 'export it as a handout',
  'replace-version': 'replace it with a new version',
} as const;

/** Commands a text field handles itself when it has focus (its own undo, caret movement). */
const TEXT_FIELD_COMMANDS: ReadonlySet<MenuCommand> = new Set(['undo', 'redo', 'next-highlight', 'previous-highlight']);

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** The application shell: which view is showing, app-wide commands, dialogs and messages. */
export function App() {
  const [view, setView] = useState<View>({ kind: 'library' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [libraryVersion, setLibraryVersion] = useState(0);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [libraryTags, setLibraryTags] = useState<string[]>([]);
  // Each Import Annotations… gets its own run, so a late event of a closed dialog cannot close a newer one.
  const [importRun, setImportRun] = useState<number | null>(null);
  const importRuns = useRef(0);
  const openImport = useCallback(() => setImportRun((importRuns.current += 1)), []);
  const endImport = useCallback((run: number) => setImportRun((current) => (current === run ? null : current)), []);
  const reader = useRef<ReaderHandle | null>(null);
  // The search page keeps its query and place while a result is read; Escape returns to `searchFrom`.
  const [searchState, setSearchState] = useState<SearchPageState>(EMPTY_SEARCH);
  const [searchFocus, setSearchFocus] = useState(0);
  const searchFrom = useRef<View>({ kind: 'library' });
  const openSearch = useCallback(() => {
    setSearchFocus((n) => n + 1);
    setView((current) => {
      if (current.kind === 'search') return current;
      // Returning to a reading does not flash its passage again.
      searchFrom.current = current.kind === 'reader' ? { kind: 'reader', documentId: current.documentId, ...(current.fromSearch ? { fromSearch: true } : {}) } : current;
      return { kind: 'search' };
    });
  }, []);
  const openResult = useCallback((row: SearchRow) => {
    setSearchState((s) => ({ ...s, activeKey: row.key }));
    setView({ kind: 'reader', documentId: row.documentId, target: targetOf(row.hit), fromSearch: true });
  }, []);
  const showError = useCallback((text: string) => setNotice({ tone: 'error', text }), []);

  useEffect(() => {
    void call('listTags', {}).then((result) => {
      if (result.ok) setLibraryTags(result.value.map((t) => t.tag));
    });
  }, [libraryVersion, view]);

  /** Shows a document just opened (from File → Open…, a drop or the file manager). */
  const showOpened = useCallback((documentId: string, packet: boolean) => {
    setLibraryVersion((v) => v + 1);
    setView({ kind: 'reader', documentId });
    // The reader may already show this document: bring in the packet's layer.
    if (packet) reader.current?.reload();
  }, []);

  const incoming = useIncomingFiles({ onOpenDocument: showOpened, onNotice: setNotice });
  const libraryChanged = useCallback(() => setLibraryVersion((v) => v + 1), []);
  const trashUndo = useTrashUndo({ onNotice: setNotice, onChanged: libraryChanged });

  // The library remembers when each document was last opened (a read-only library simply does not).
  useEffect(() => {
    if (view.kind === 'reader') void call('recordDocumentOpened', { documentId: view.documentId });
  }, [view]);

  const openFile = useCallback(async () => {
    const result = await call('openFile', {});
    if (!result.ok) {
      setNotice({ tone: 'error', text: result.error.message });
      return;
    }
    const outcome = result.value;
    if (outcome.status === 'cancelled') return;
    showOpened(outcome.document.id, outcome.status === 'packet-opened');
    setNotice({
      tone: 'info',
      text:
        outcome.status === 'packet-opened'
          ? packetOpenedMessage(outcome.document.title, outcome.layer)
          : outcome.status === 'imported'
            ? [`Opened “${outcome.document.title}”. It is now in your library.`, ...(outcome.leftOut ?? [])].join(' ')
            : `“${outcome.document.title}” is already in your library, so it was opened with your highlights.`,
    });
  }, [showOpened]);

  /** An import was written: the open document shows its new annotations and layers, the library its counts. */
  const imported = useCallback(() => {
    reader.current?.reload();
    setLibraryVersion((v) => v + 1);
  }, []);

  const exported = useCallback((result: ExportResult) => {
    setDialog(null);
    const first = result.paths[0];
    if (!first) return;
    setNotice({
      tone: 'info',
      text: result.folder ? `Exported ${plural(result.paths.length, 'file')} to ${result.folder}` : `Exported to ${first}`,
      action: { label: 'Show in folder', reveal: first },
    });
  }, []);

  const reveal = useCallback(async (path: string) => {
    const result = await call('showInFolder', { path });
    if (!result.ok) setNotice({ tone: 'error', text: result.error.message });
  }, []);

  const runCommand = useCallback(
    (command: MenuCommand) => {
      // From the menu, undo/redo in a focused text field is the field's own.
      if ((command === 'undo' || command === 'redo') && isEditable(document.activeElement)) {
        document.execCommand(command);
        return;
      }
      const r = reader.current;
      switch (command) {
        case 'open-file':
          return void openFile();
        case 'export-markdown':
          return setDialog('export');
        case 'import-annotations':
          return openImport();
        case 'show-library':
          return setView({ kind: 'library' });
        case 'show-statistics':
          return setView({ kind: 'statistics' });
        case 'restore-backup':
        case 'manage-tags':
          return setDialog(command);
        case 'highlight':
          return r?.highlightSelection();
        case 'undo':
          // In the library, Undo brings back the document deleted last.
          if (r) return r.undo();
          return void (view.kind === 'library' && trashUndo.undo());
        case 'redo':
          return r?.redo();
        case 'cycle-color':
          return r?.cycleColor();
        case 'edit-note':
          return r?.editNote();
        case 'next-highlight':
          return r?.nextHighlight(1);
        case 'previous-highlight':
          return r?.nextHighlight(-1);
        case 'focus-filter':
          return r?.focusFilter();
        case 'share-packet':
        case 'hand-in':
        case 'export-handout':
        case 'replace-version': {
          if (!r) return setNotice({ tone: 'info', text: `Open a reading from the library first, then ${COMMAND_VERBS[command]}.` });
          if (command === 'replace-version') return r.replaceVersion();
          if (command === 'share-packet') return r.sharePacket();
          return command === 'hand-in' ? r.handIn() : r.exportHandout();
        }
        case 'print':
          return window.print();
        case 'find-in-document':
          // In the library, the box marked data-find-target (its title search) takes focus.
          if (r) return r.find();
          return document.querySelector<HTMLElement>('[data-find-target]')?.focus();
        case 'search-library':
          return openSearch();
      }
    },
    [openFile, openImport, trashUndo, view.kind, openSearch],
  );

  useEffect(() => onMenuCommand(runCommand), [runCommand]);

  // Problems found and handled at start-up (a damaged index rebuilt, a read-only library).
  useEffect(() => {
    void call('getStatus', {}).then((result) => {
      if (result.ok && result.value.notices.length > 0) {
        setNotice({
          tone: 'error',
          text: result.value.notices.join(' '),
          ...(result.value.offerRestore ? { action: { label: 'Restore from backup…', command: 'restore-backup' as const } } : {}),
        });
      }
    });
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A dialog (the app's or the reader's) has the keyboard to itself.
      if (dialog !== null || document.querySelector('dialog[open]')) return;
      let command = MENU_COMMANDS.find((c) => matchesShortcut(event, SHORTCUTS[c], IS_MAC));
      if (!command && !IS_MAC && event.ctrlKey && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'y') command = 'redo';
      if (!command || (TEXT_FIELD_COMMANDS.has(command) && isEditable(event.target))) return;
      event.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [runCommand, dialog]);

  return (
    <AppCommandContext.Provider value={runCommand}>
    <div className="app">
      <NoticeBar notice={notice} onDismiss={() => setNotice(null)} onCommand={runCommand} onReveal={(path) => void reveal(path)} />
      {incoming.dragging ? <DropOverlay /> : null}
      {incoming.preview ? (
        <ImportDialog
          key={incoming.preview.token}
          documentId={null}
          preview={incoming.preview}
          onCancel={() => incoming.settle(null)}
          onImported={(_fileName, report) => {
            incoming.settle(report);
            imported();
          }}
        />
      ) : importRun !== null ? (
        <ImportDialog
          key={importRun}
          documentId={view.kind === 'reader' ? view.documentId : null}
          preview={null}
          onCancel={() => endImport(importRun)}
          onImported={(fileName, report) => {
            endImport(importRun);
            setNotice({ tone: 'info', text: importedText(fileName, report) });
            imported();
          }}
        />
      ) : null}
      {dialog === 'export' ? (
        <ExportDialog
          documentId={view.kind === 'reader' ? view.documentId : null}
          tags={libraryTags}
          onClose={() => setDialog(null)}
          onDone={exported}
          onError={showError}
        />
      ) : null}
      {dialog === 'restore-backup' ? (
        <RestoreBackupDialog
          onClose={() => setDialog(null)}
          onError={showError}
          onRestored={(backup) => {
            setDialog(null);
            setView({ kind: 'library' });
            setLibraryVersion((v) => v + 1);
            setNotice({
              tone: 'info',
              text: `Restored the backup of ${new Date(backup.createdAt).toLocaleString()}: ${plural(backup.documentCount, 'document')}, ${plural(backup.annotationCount, 'highlight')}.`,
            });
          }}
        />
      ) : null}
      {dialog === 'manage-tags' ? (
        <TagManagerDialog
          onClose={() => setDialog(null)}
          onChanged={() => {
            setLibraryVersion((v) => v + 1);
            reader.current?.reload();
          }}
        />
      ) : null}
      {view.kind === 'library' ? (
        <LibraryView
          version={libraryVersion}
          onExport={() => setDialog('export')}
          onImport={openImport}
          onOpenDocument={(documentId) => setView({ kind: 'reader', documentId })}
          onOpenFile={() => void openFile()}
          onError={showError}
          onNotice={setNotice}
          onDeleted={trashUndo.deleted}
          onChanged={libraryChanged}
        />
      ) : view.kind === 'statistics' ? (
        <StatisticsView onBack={() => setView({ kind: 'library' })} onOpenDocument={(documentId) => setView({ kind: 'reader', documentId })} onError={showError} />
      ) : view.kind === 'search' ? (
        <SearchView
          state={searchState}
          onChange={setSearchState}
          tags={libraryTags}
          refresh={libraryVersion}
          focusRequest={searchFocus}
          backTo={BACK_LABELS[searchFrom.current.kind]}
          onBack={() => setView(searchFrom.current)}
          onOpen={openResult}
        />
      ) : (
        <ReaderView
          key={view.documentId}
          target={view.target ?? null}
          {...(view.fromSearch ? { back: BACK_TO_SEARCH } : {})}
          ref={reader}
          documentId={view.documentId}
          libraryTags={libraryTags}
          onBack={() => {
            setLibraryVersion((v) => v + 1);
            setView(view.fromSearch ? { kind: 'search' } : { kind: 'library' });
          }}
          onExport={() => setDialog('export')}
          onImport={openImport}
          onManageTags={() => setDialog('manage-tags')}
          onMessage={setNotice}
        />
      )}
    </div>
    </AppCommandContext.Provider>
  );
}
