import { useCallback, useEffect, useRef, useState } from 'react';
import { MENU_COMMANDS, type MenuCommand } from '../../shared/api';
import { SHORTCUTS, matchesShortcut } from '../../shared/shortcuts';
import { LibraryView } from './components/LibraryView';
import { NoticeBar, type Notice } from './components/NoticeBar';
import { ReaderView, type ReaderHandle } from './components/ReaderView';
import { RestoreBackupDialog } from './components/RestoreBackupDialog';
import { plural } from '../../shared/text/plural';
import { call, onMenuCommand } from './lib/api';
import { IS_MAC } from './lib/platform';

type View = { kind: 'library' } | { kind: 'reader'; documentId: string };

/** The application shell: which view is showing, app-wide commands and messages. */
export function App() {
  const [view, setView] = useState<View>({ kind: 'library' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [libraryVersion, setLibraryVersion] = useState(0);
  const [restoring, setRestoring] = useState(false);
  const reader = useRef<ReaderHandle | null>(null);
  const showError = useCallback((text: string) => setNotice({ tone: 'error', text }), []);

  const openFile = useCallback(async () => {
    const result = await call('openFile', {});
    if (!result.ok) {
      setNotice({ tone: 'error', text: result.error.message });
      return;
    }
    const outcome = result.value;
    if (outcome.status === 'cancelled') return;
    setLibraryVersion((v) => v + 1);
    setView({ kind: 'reader', documentId: outcome.document.id });
    setNotice({
      tone: 'info',
      text:
        outcome.status === 'imported'
          ? `Opened “${outcome.document.title}”. It is now in your library.`
          : `“${outcome.document.title}” is already in your library, so it was opened with your highlights.`,
    });
  }, []);

  const exportMarkdown = useCallback(async () => {
    if (view.kind !== 'reader') {
      setNotice({ tone: 'info', text: 'Open a document first, then export its highlights.' });
      return;
    }
    const result = await call('exportMarkdown', { documentId: view.documentId });
    if (!result.ok) setNotice({ tone: 'error', text: result.error.message });
    else if (result.value.status === 'written') setNotice({ tone: 'info', text: `Exported to ${result.value.path}` });
  }, [view]);

  const runCommand = useCallback(
    (command: MenuCommand) => {
      if (command === 'open-file') void openFile();
      else if (command === 'export-markdown') void exportMarkdown();
      else if (command === 'show-library') setView({ kind: 'library' });
      else if (command === 'highlight') reader.current?.highlightSelection();
      else if (command === 'restore-backup') setRestoring(true);
    },
    [openFile, exportMarkdown],
  );

  useEffect(() => onMenuCommand(runCommand), [runCommand]);

  // Problems found and handled at start-up (a damaged index rebuilt, a read-only library).
  useEffect(() => {
    void call('getStatus', {}).then((result) => {
      if (result.ok && result.value.notices.length > 0) {
        setNotice({
          tone: 'error',
          text: result.value.notices.join(' '),
          action: { label: 'Restore from backup…', command: 'restore-backup' },
        });
      }
    });
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = MENU_COMMANDS.find((c) => matchesShortcut(event, SHORTCUTS[c], IS_MAC));
      if (!command) return;
      event.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [runCommand]);

  return (
    <div className="app">
      <NoticeBar notice={notice} onDismiss={() => setNotice(null)} onCommand={runCommand} />
      {restoring ? (
        <RestoreBackupDialog
          onClose={() => setRestoring(false)}
          onError={showError}
          onRestored={(backup) => {
            setRestoring(false);
            setView({ kind: 'library' });
            setLibraryVersion((v) => v + 1);
            setNotice({
              tone: 'info',
              text: `Restored the backup of ${new Date(backup.createdAt).toLocaleString()}: ${plural(backup.documentCount, 'document')}, ${plural(backup.annotationCount, 'highlight')}.`,
            });
          }}
        />
      ) : null}
      {view.kind === 'library' ? (
        <LibraryView
          version={libraryVersion}
          onOpenDocument={(documentId) => setView({ kind: 'reader', documentId })}
          onOpenFile={() => void openFile()}
          onError={showError}
        />
      ) : (
        <ReaderView
          key={view.documentId}
          ref={reader}
          documentId={view.documentId}
          onBack={() => {
            setLibraryVersion((v) => v + 1);
            setView({ kind: 'library' });
          }}
          onExport={() => void exportMarkdown()}
          onMessage={setNotice}
        />
      )}
    </div>
  );
}
