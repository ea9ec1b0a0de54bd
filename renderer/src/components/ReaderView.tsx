import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { openedLinkMessage } from '../../../shared/document/linkPrompt';
import { HIGHLIGHT_COLORS, HIGHLIGHT_COLOR_NAMES, type HighlightColor } from '../../../shared/model';
import { useDocumentAnnotations } from '../hooks/useDocumentAnnotations';
import { useFindInDocument } from '../hooks/useFindInDocument';
import { useFirstHighlightMark } from '../hooks/useFirstHighlightMark';
import { usePrinting } from '../hooks/usePrinting';
import { useLayeredHighlights } from '../hooks/useLayeredHighlights';
import { useOtherLayers } from '../hooks/useOtherLayers';
import { usePassageTarget } from '../hooks/usePassageTarget';
import { useReadingPosition } from '../hooks/useReadingPosition';
import { useReadingSettings } from '../hooks/useReadingSettings';
import { useTextSelection } from '../hooks/useTextSelection';
import { call } from '../lib/api';
import { MIN_CONTENTS_HEADINGS, contentsOf } from '../lib/contents';
import { NO_FILTER, type AnnotationFilter } from '../lib/filterAnnotations';
import { personName, possessive } from '../lib/layerLabels';
import { scrollFraction } from '../lib/readingPosition';
import { shortcutText } from '../lib/platform';
import { buildQuestionView } from '../lib/questionView';
import { placeCaret, selectionToSpan, type TextSpan } from '../lib/selectionOffsets';
import type { PassageTarget } from '../lib/searchResults';
import { arrangeSidebar, isReply } from '../lib/sidebarItems';
import { ContentsList } from './ContentsList';
import { DocumentText, type DocumentTextHandle } from './DocumentText';
import { FindBar } from './FindBar';
import { LayersPanel } from './LayersPanel';
import type { Notice } from './NoticeBar';
import { PrintNotes } from './PrintNotes';
import { ReaderDialogs, type ReaderDialog } from './ReaderDialogs';
import { ReaderHeader } from './ReaderHeader';
import { ReadingProgress } from './ReadingProgress';
import { ReadingSettingsDialog } from './ReadingSettingsDialog';
import { SelectionToolbar } from './SelectionToolbar';
import { Sidebar, type CardActions } from './Sidebar';

/** What the app shell can ask of the reader (menu commands and shortcuts). */
export interface ReaderHandle {
  highlightSelection: () => void;
  undo: () => void;
  redo: () => void;
  cycleColor: () => void;
  editNote: () => void;
  nextHighlight: (step: 1 | -1) => void;
  focusFilter: () => void;
  /** Reloads highlights and layers from disk (after tags changed, or a packet was opened). */
  reload: () => void;
  sharePacket: () => void;
  handIn: () => void;
  exportHandout: () => void;
  /** Replace with New Version…: asks for the file, then shows what happened to the highlights. */
  replaceVersion: () => void;
  /** Find in Document…: opens the find bar (with the selected words, if a few are selected). */
  find: () => void;
}

interface ReaderViewProps {
  ref: React.Ref<ReaderHandle>;
  documentId: string;
  onBack: () => void;
  onExport: () => void;
  onImport: () => void;
  onManageTags: () => void;
  onMessage: (notice: Notice) => void;
  /** Tags across the library, for autocomplete. */
  libraryTags: readonly string[];
  /** A passage to bring into view and flash once the text is shown (a search result). */
  target?: PassageTarget | null;
  /** What the Back button says, when it does not lead to the library. */
  back?: { label: string; title: string };
}

function nextColor(color: HighlightColor): HighlightColor {
  return HIGHLIGHT_COLORS[(HIGHLIGHT_COLORS.indexOf(color) + 1) % HIGHLIGHT_COLORS.length]!;
}

/** Reading one document: its text with every shown layer's highlights, the selection toolbar and the sidebar. */
export function ReaderView({ ref, documentId, onBack, onExport, onImport, onManageTags, onMessage, libraryTags, target = null, back }: ReaderViewProps) {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const readerAt = useCallback(() => {
    const element = scrollRef.current;
    return element ? scrollFraction(element.scrollTop, element.scrollHeight, element.clientHeight) : 0;
  }, []);
  const own = useDocumentAnnotations(documentId, onMessage, readerAt);
  const { doc, annotations, readOnly, ranges, create, update, remove, undo, redo } = own;
  const { others, ownKey, hidden, setShown } = useOtherLayers(documentId, own.loadCount, onMessage);
  const { layers, byId, rangeOf, segments, style } = useLayeredHighlights({ doc, own: annotations, ownRanges: ranges, ownKey, others, hidden, readerAt });
  const [activeId, setActiveId] = useState<string | null>(null);
  const [color, setColor] = useState<HighlightColor>('yellow');
  const [toolbar, setToolbar] = useState<{ span: TextSpan; top: number; left: number } | null>(null);
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER);
  const [dialog, setDialog] = useState<ReaderDialog>(null);
  const articleRef = useRef<HTMLElement | null>(null);
  const textRef = useRef<DocumentTextHandle | null>(null);
  const filterRef = useRef<HTMLInputElement | null>(null);
  const pendingCaret = useRef<number | null>(null);
  const [selected, clearSelected] = useTextSelection(articleRef, doc);
  const focusText = useCallback(() => articleRef.current, []);
  useReadingPosition(documentId, scrollRef, doc !== null);
  const [settings, changeSettings] = useReadingSettings();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const topOffset = useCallback(() => textRef.current?.topOffset() ?? 0, []);
  const find = useFindInDocument(doc, topOffset, focusText);
  const [contentsOpen, setContentsOpen] = useState(false);
  const contents = useMemo(() => (doc ? contentsOf(doc.text, doc.blocks) : []), [doc]);
  const jumpToBlock = useCallback((index: number) => {
    const heading = articleRef.current?.querySelector<HTMLElement>(`[data-block="${index}"]`);
    if (!heading) return;
    heading.scrollIntoView({ block: 'start' });
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }, []);
  useFirstHighlightMark(articleRef, segments);
  const printing = usePrinting();

  const teacher = others.find((layer) => layer.role === 'teacher') ?? null;
  const students = useMemo(() => layers.filter((layer) => layer.role === 'student'), [layers]);
  const isOwn = useCallback((id: string) => byId.get(id)?.layer.role === 'own', [byId]);

  // Runs after the highlights were painted (child layout effects run first).
  useEffect(() => {
    if (pendingCaret.current === null || !doc || !articleRef.current) return;
    placeCaret(articleRef.current, doc.blocks, pendingCaret.current);
    pendingCaret.current = null;
  }, [annotations, doc]);

  const arrangement = useMemo(() => arrangeSidebar(layers, hidden, rangeOf, filter), [layers, hidden, rangeOf, filter]);

  const tagSuggestions = useMemo(
    () => [...new Set([...libraryTags, ...annotations.flatMap((a) => a.tags)])].sort((a, b) => a.localeCompare(b)),
    [libraryTags, annotations],
  );

  const currentSpan = useCallback((): TextSpan | null => {
    const root = articleRef.current;
    return root && doc ? selectionToSpan(root, doc.blocks, doc.text, window.getSelection()) : null;
  }, [doc]);

  const createHighlight = useCallback(
    async (span: TextSpan, chosen: HighlightColor, caretAfter = true) => {
      setColor(chosen);
      setToolbar(null);
      const made = await create(span.start, span.end, chosen);
      if (!made) return;
      setShown(ownKey, true);
      // Repainting replaces the text nodes; put the caret back after the new highlight so
      // Shift+Arrow starts the next one from there (not when made from the find bar, which keeps focus).
      if (caretAfter) pendingCaret.current = span.end;
      setActiveId(made.id);
    },
    [create, setShown, ownKey],
  );

  /** The first mark of a highlight, painting its block first if it is far from view. */
  const markOf = useCallback(
    (id: string) => {
      const range = rangeOf(id);
      if (range) textRef.current?.revealOffset(range.start);
      return articleRef.current?.querySelector<HTMLElement>(`mark[data-ids~="${CSS.escape(id)}"]`) ?? null;
    },
    [rangeOf],
  );

  /** Makes a highlight active, scrolls its passage into view and flashes it (a reply: the passage it answers); returns its mark. */
  const jumpTo = useCallback(
    (id: string, focus = false) => {
      setActiveId(id);
      const annotation = byId.get(id)?.annotation;
      const painted = annotation && isReply(annotation) && byId.has(annotation.replyTo!) ? annotation.replyTo! : id;
      const mark = markOf(painted);
      if (!mark) return null;
      // A long smooth scroll over blocks not yet laid out ends beside its target; a far jump is instant.
      const view = scrollRef.current?.getBoundingClientRect();
      const far = !!view && Math.abs(mark.getBoundingClientRect().top - view.top) > 2 * view.height;
      mark.scrollIntoView({ block: 'center', behavior: far ? 'instant' : 'smooth' });
      mark.classList.remove('hl-flash');
      void mark.offsetWidth;
      mark.classList.add('hl-flash');
      if (focus) {
        // Its own tab stop, or (when another highlight starts at the same place) its first piece.
        const target = articleRef.current?.querySelector<HTMLElement>(`mark[data-focus-id="${CSS.escape(painted)}"]`) ?? mark;
        if (target.tabIndex < 0) target.tabIndex = -1;
        target.focus({ preventScroll: true });
      }
      return mark;
    },
    [markOf, byId],
  );

  const revealOffset = useCallback((offset: number) => textRef.current?.revealOffset(offset), []);
  const hasHighlight = useCallback((id: string) => byId.has(id), [byId]);
  const jumpAndFocus = useCallback((id: string) => jumpTo(id, true), [jumpTo]);
  usePassageTarget({ target, blocks: doc?.blocks ?? null, articleRef, scrollRef, revealOffset, hasHighlight, jumpTo: jumpAndFocus });

  const cannotChange = useCallback(
    (id: string) => {
      const layer = byId.get(id)?.layer;
      const whose = layer ? possessive(layer) : 'Someone else’s';
      onMessage({ tone: 'info', text: `This is ${whose} highlight, so it cannot be changed here. Reply to it, or copy it to your notes and change the copy.` });
    },
    [byId, onMessage],
  );

  const editNote = useCallback(
    (id: string | null) => {
      if (!id) {
        onMessage({ tone: 'info', text: 'Pick a highlight first (click it, or press Alt+↓), then edit its note.' });
        return;
      }
      setActiveId(id);
      // The editor renders on the next frame once the card is active; another person's card offers Reply instead.
      const target = isOwn(id) ? `note-${id}` : `reply-button-${id}`;
      requestAnimationFrame(() => document.getElementById(target)?.focus());
    },
    [onMessage, isOwn],
  );

  const deleteHighlight = useCallback(
    async (id: string) => {
      if (!isOwn(id)) return cannotChange(id);
      const reply = byId.get(id)?.annotation.motivation === 'replying';
      if (await remove(id)) {
        setActiveId((current) => (current === id ? null : current));
        onMessage({ tone: 'info', text: `${reply ? 'Reply' : 'Highlight'} deleted. Press ${shortcutText('undo')} to undo.` });
      }
    },
    [remove, onMessage, isOwn, cannotChange, byId],
  );

  const step = useCallback(
    (direction: 1 | -1) => {
      const list = [...arrangement.questions, ...arrangement.placed];
      if (list.length === 0) return;
      const index = list.findIndex((item) => item.annotation.id === activeId);
      const next = index === -1 ? (direction === 1 ? 0 : list.length - 1) : (index + direction + list.length) % list.length;
      jumpTo(list[next]!.annotation.id, true);
    },
    [arrangement, activeId, jumpTo],
  );

  const announce = useCallback(
    (label: string | null, verb: 'Undone' | 'Redone') => {
      onMessage({ tone: 'info', text: label ? `${verb}: ${label}` : `Nothing to ${verb === 'Undone' ? 'undo' : 'redo'}.` });
    },
    [onMessage],
  );

  /** Opens Share or Hand In, first asking for the user's name if they never gave one. */
  const openNamed = useCallback(
    async (kind: 'share' | 'hand-in') => {
      const profile = await call('getProfile', {});
      if (!profile.ok) return onMessage({ tone: 'error', text: profile.error.message });
      setDialog(profile.value.named ? { kind } : { kind: 'name', then: kind });
    },
    [onMessage],
  );

  /** A link in the text: main asks the user (showing where it really leads) before the browser opens it. */
  const openLink = useCallback(
    async (href: string) => {
      const result = await call('openLink', { documentId, href });
      if (!result.ok) onMessage({ tone: 'error', text: result.error.message });
      else if (result.value.status === 'opened') onMessage({ tone: 'info', text: openedLinkMessage(result.value.href) });
    },
    [documentId, onMessage],
  );

  const handIn = useCallback(() => {
    if (teacher) return void openNamed('hand-in');
    onMessage({
      tone: 'info',
      text: 'This reading did not come from a teacher’s packet, so there is nothing to hand in. Open the packet your teacher sent with File → Open…, answer it, then hand in.',
    });
  }, [teacher, openNamed, onMessage]);

  const replaceVersion = useCallback(async () => {
    const replaced = await own.replaceWithNewVersion();
    if (!replaced) return;
    setToolbar(null);
    setActiveId(null);
    setDialog({ kind: 'new-version', replaced });
  }, [own]);

  /** Attach to selection: an orphan goes onto the passage selected in the text, and is shown there. */
  const attach = useCallback(
    async (id: string) => {
      if (!selected) return onMessage({ tone: 'info', text: 'Select the passage in the text first, then choose Attach to selection.' });
      if (!(await own.reattach(id, selected.start, selected.end))) return;
      clearSelected();
      setToolbar(null);
      pendingCaret.current = selected.end;
      setActiveId(id);
      onMessage({ tone: 'info', text: `Attached the highlight to the selected passage. Press ${shortcutText('undo')} to undo.` });
    },
    [selected, own, clearSelected, onMessage],
  );

  useImperativeHandle(
    ref,
    () => ({
      highlightSelection: () => {
        if (readOnly) return;
        // From the find bar, the current match; otherwise the selection, then the current match.
        const fromFind = find.hasFocus() ? find.currentSpan() : null;
        const span = fromFind ?? currentSpan() ?? toolbar?.span ?? find.currentSpan();
        if (span) void createHighlight(span, color, fromFind === null);
        else onMessage({ tone: 'info', text: 'Select some text first, then highlight it.' });
      },
      undo: () => void undo().then((label) => announce(label, 'Undone')),
      redo: () => void redo().then((label) => announce(label, 'Redone')),
      cycleColor: () => {
        const active = activeId ? byId.get(activeId) : undefined;
        if (active && active.layer.role !== 'own') return cannotChange(active.annotation.id);
        const next = nextColor(active?.annotation.color ?? color);
        setColor(next);
        if (active && !readOnly) void update(active.annotation.id, { color: next });
        else onMessage({ tone: 'info', text: `New highlights will be ${HIGHLIGHT_COLOR_NAMES[next].toLowerCase()}.` });
      },
      editNote: () => editNote(activeId),
      nextHighlight: step,
      focusFilter: () => filterRef.current?.focus(),
      reload: own.reload,
      sharePacket: () => void openNamed('share'),
      handIn,
      exportHandout: () => setDialog({ kind: 'handout' }),
      replaceVersion: () => void replaceVersion(),
      find: () => {
        const span = currentSpan();
        const words = span && doc ? doc.text.slice(span.start, span.end) : '';
        find.show(words.length > 0 && words.length <= 200 && !words.includes('\n') ? words : undefined);
      },
    }),
    [
      readOnly,
      currentSpan,
      toolbar,
      createHighlight,
      color,
      onMessage,
      undo,
      redo,
      announce,
      activeId,
      byId,
      update,
      editNote,
      step,
      own.reload,
      openNamed,
      handIn,
      cannotChange,
      replaceVersion,
      find,
      doc,
    ],
  );

  const onSelectionEnd = useCallback(() => {
    const span = currentSpan();
    const range = span ? window.getSelection()?.getRangeAt(0) : null;
    if (!span || !range || readOnly) {
      setToolbar(null);
      return;
    }
    const rect = range.getBoundingClientRect();
    setToolbar({ span, top: Math.max(8, rect.top - 48), left: Math.max(8, rect.left + rect.width / 2 - 90) });
  }, [currentSpan, readOnly]);

  useEffect(() => {
    const hide = () => setToolbar(null);
    const scroller = articleRef.current?.closest('.reader-scroll');
    scroller?.addEventListener('scroll', hide, { passive: true });
    return () => scroller?.removeEventListener('scroll', hide);
  }, [doc]);

  const actions = useMemo<CardActions>(
    () => ({
      activate: (id) => jumpTo(id),
      change: (id, changes) => update(id, changes),
      remove: (id) => void deleteHighlight(id),
      leave: (id) => jumpTo(id, true),
      reply: async (id, note) => {
        const made = await own.reply(id, note);
        if (made) setShown(ownKey, true);
        return made !== null;
      },
      copy: (id) =>
        void own.copyToOwn(id).then((made) => {
          if (!made) return;
          setShown(ownKey, true);
          setActiveId(made.id);
          onMessage({ tone: 'info', text: `Copied to your notes, where you can change it. Press ${shortcutText('undo')} to undo.` });
        }),
      attach: (id) => void attach(id),
    }),
    [jumpTo, update, deleteHighlight, own, setShown, ownKey, onMessage, attach],
  );

  const questionIds = useMemo(() => new Set((teacher?.annotations ?? []).filter((a) => a.motivation === 'questioning').map((a) => a.id)), [teacher]);
  const handInFacts = teacher
    ? {
        teacherName: personName(teacher.creator, 'teacher'),
        ownCount: annotations.filter((a) => a.motivation !== 'replying').length,
        answerCount: new Set(annotations.filter((a) => isReply(a) && questionIds.has(a.replyTo!)).map((a) => a.replyTo)).size,
        questionCount: questionIds.size,
      }
    : null;

  return (
    <div className="reader">
      <ReaderHeader
        title={doc?.title ?? 'Loading…'}
        onBack={onBack}
        {...(back ? { back } : {})}
        onImport={onImport}
        onExport={onExport}
        onNewVersion={() => void replaceVersion()}
        onShare={teacher ? null : () => void openNamed('share')}
        onHandIn={teacher ? handIn : null}
        onSettings={() => setSettingsOpen(true)}
        contents={contents.length >= MIN_CONTENTS_HEADINGS ? { open: contentsOpen, controls: 'reader-contents', toggle: () => setContentsOpen((open) => !open) } : null}
      />
      <ReadingProgress scroller={scrollRef} ready={doc !== null} />
      {readOnly ? (
        <p className="read-only-banner" role="note">
          These highlights were saved by a newer version of Marginalia, so they are read-only here. Update Marginalia to change them.
        </p>
      ) : null}
      {find.open ? (
        <FindBar
          find={find}
          color={color}
          canHighlight={!readOnly}
          onHighlight={() => {
            const span = find.currentSpan();
            if (span) void createHighlight(span, color, false);
          }}
        />
      ) : null}
      <div className="reader-body">
        {contentsOpen && contents.length >= MIN_CONTENTS_HEADINGS ? <ContentsList id="reader-contents" entries={contents} onJump={jumpToBlock} /> : null}
        <div className="reader-scroll" ref={scrollRef}>
          {doc ? (
            <DocumentText
              ref={textRef}
              text={doc.text}
              blocks={doc.blocks}
              segmentsByBlock={segments}
              style={style}
              activeId={activeId}
              find={find.paint}
              articleRef={articleRef}
              onHighlightClick={setActiveId}
              onHighlightFocus={setActiveId}
              onHighlightKey={(id, key) => (key === 'Enter' ? editNote(id) : readOnly ? undefined : void deleteHighlight(id))}
              onSelectionEnd={onSelectionEnd}
              onLinkActivate={openLink}
            />
          ) : null}
          {printing ? <PrintNotes arrangement={arrangement} /> : null}
        </div>
        <Sidebar
          arrangement={arrangement}
          activeId={activeId}
          readOnly={readOnly}
          canAttach={selected !== null}
          canAsk={!teacher}
          tagSuggestions={tagSuggestions}
          filter={filter}
          filterRef={filterRef}
          onFilterChange={setFilter}
          onManageTags={onManageTags}
          actions={actions}
          layersPanel={
            others.length > 0 ? (
              <LayersPanel
                layers={layers}
                hidden={hidden}
                onShow={setShown}
                onOpenQuestions={students.length > 0 ? () => setDialog({ kind: 'questions' }) : null}
                packet={teacher?.packet ? { from: personName(teacher.creator, 'teacher'), title: teacher.packet.title, instructions: teacher.packet.instructions } : null}
              />
            ) : null
          }
        />
      </div>
      {toolbar && !readOnly ? (
        <SelectionToolbar position={toolbar} currentColor={color} onHighlight={(c) => void createHighlight(toolbar.span, c)} />
      ) : null}
      {settingsOpen ? (
        <ReadingSettingsDialog
          settings={settings}
          onChange={changeSettings}
          onClose={() => {
            setSettingsOpen(false);
            requestAnimationFrame(() => document.querySelector<HTMLElement>('.reader-settings-button')?.focus());
          }}
        />
      ) : null}
      <ReaderDialogs
        dialog={dialog}
        setDialog={setDialog}
        documentId={documentId}
        documentTitle={doc?.title ?? ''}
        ownTags={[...new Set(annotations.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b))}
        hasOtherLayers={others.length > 0}
        handIn={handInFacts}
        questionView={() => buildQuestionView(annotations, students, rangeOf)}
        onShowAnnotation={(id) => jumpTo(id, true)}
        onMessage={onMessage}
        fallbackFocus={focusText}
      />
    </div>
  );
}
