import { shorten } from '../../../shared/text/shorten';
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { segmentsByBlock, toSegments, type HighlightRange } from '../../../shared/highlights/segments';
import { HIGHLIGHT_COLORS, HIGHLIGHT_COLOR_NAMES, quoteOf, type HighlightColor } from '../../../shared/model';
import { useDocumentAnnotations, type AnnotationChanges } from '../hooks/useDocumentAnnotations';
import { NO_FILTER, matchesFilter, type AnnotationFilter } from '../lib/filterAnnotations';
import type { PaintStyle } from '../lib/paintHighlights';
import { shortcutText } from '../lib/platform';
import { placeCaret, selectionToSpan, type TextSpan } from '../lib/selectionOffsets';
import { DocumentText, type DocumentTextHandle } from './DocumentText';
import type { Notice } from './NoticeBar';
import { SelectionToolbar } from './SelectionToolbar';
import { Sidebar } from './Sidebar';

/** What the app shell can ask of the reader (menu commands and shortcuts). */
export interface ReaderHandle {
  highlightSelection: () => void;
  undo: () => void;
  redo: () => void;
  cycleColor: () => void;
  editNote: () => void;
  nextHighlight: (step: 1 | -1) => void;
  focusFilter: () => void;
  /** Reloads highlights from disk (after tags changed across the library). */
  reload: () => void;
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
}

function nextColor(color: HighlightColor): HighlightColor {
  return HIGHLIGHT_COLORS[(HIGHLIGHT_COLORS.indexOf(color) + 1) % HIGHLIGHT_COLORS.length]!;
}


/** Reading one document: its text with highlights, the selection toolbar and the sidebar. */
export function ReaderView({ ref, documentId, onBack, onExport, onImport, onManageTags, onMessage, libraryTags }: ReaderViewProps) {
  const { doc, annotations, readOnly, ranges, create, update, remove, undo, redo, reload } = useDocumentAnnotations(documentId, onMessage);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [color, setColor] = useState<HighlightColor>('yellow');
  const [toolbar, setToolbar] = useState<{ span: TextSpan; top: number; left: number } | null>(null);
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER);
  const articleRef = useRef<HTMLElement | null>(null);
  const textRef = useRef<DocumentTextHandle | null>(null);
  const filterRef = useRef<HTMLInputElement | null>(null);
  const pendingCaret = useRef<number | null>(null);

  // Runs after the highlights were painted (child layout effects run first).
  useEffect(() => {
    if (pendingCaret.current === null || !doc || !articleRef.current) return;
    placeCaret(articleRef.current, doc.blocks, pendingCaret.current);
    pendingCaret.current = null;
  }, [annotations, doc]);

  const segments = useMemo(() => {
    const placedRanges = [...ranges.values()].filter((r): r is HighlightRange => r !== null);
    return doc ? segmentsByBlock(doc.blocks, toSegments(placedRanges)) : new Map();
  }, [doc, ranges]);

  const byId = useMemo(() => new Map(annotations.map((a) => [a.id, a])), [annotations]);

  const style = useMemo<PaintStyle>(
    () => ({
      colorOf: (id) => byId.get(id)?.color,
      startOf: (id) => ranges.get(id)?.start,
      labelOf: (id) => {
        const a = byId.get(id);
        return a ? `${HIGHLIGHT_COLOR_NAMES[a.color]} highlight: ${shorten(quoteOf(a), 80)}` : 'Highlight';
      },
    }),
    [byId, ranges],
  );

  /** All placed annotations in reading order, and the orphans. */
  const ordered = useMemo(() => {
    const withRange = annotations.map((a) => ({ a, r: ranges.get(a.id) ?? null }));
    return {
      placed: withRange
        .filter((x) => x.r !== null)
        .sort((x, y) => x.r!.start - y.r!.start || x.r!.end - y.r!.end)
        .map((x) => x.a),
      orphans: withRange.filter((x) => x.r === null).map((x) => x.a),
    };
  }, [annotations, ranges]);

  const visible = useMemo(
    () => ({
      placed: ordered.placed.filter((a) => matchesFilter(a, filter)),
      orphans: ordered.orphans.filter((a) => matchesFilter(a, filter)),
    }),
    [ordered, filter],
  );

  const tagSuggestions = useMemo(
    () => [...new Set([...libraryTags, ...annotations.flatMap((a) => a.tags)])].sort((a, b) => a.localeCompare(b)),
    [libraryTags, annotations],
  );

  const currentSpan = useCallback((): TextSpan | null => {
    const root = articleRef.current;
    return root && doc ? selectionToSpan(root, doc.blocks, doc.text, window.getSelection()) : null;
  }, [doc]);

  const createHighlight = useCallback(
    async (span: TextSpan, chosen: HighlightColor) => {
      setColor(chosen);
      setToolbar(null);
      const made = await create(span.start, span.end, chosen);
      if (!made) return;
      // Repainting replaces the text nodes; put the caret back after the new highlight so
      // Shift+Arrow starts the next one from there.
      pendingCaret.current = span.end;
      setActiveId(made.id);
    },
    [create],
  );

  /** The first mark of a highlight, painting its block first if it is far from view. */
  const markOf = useCallback(
    (id: string) => {
      const range = ranges.get(id);
      if (range) textRef.current?.revealOffset(range.start);
      return articleRef.current?.querySelector<HTMLElement>(`mark[data-ids~="${CSS.escape(id)}"]`) ?? null;
    },
    [ranges],
  );

  /** Makes a highlight active, scrolls its passage into view and flashes it. */
  const jumpTo = useCallback(
    (id: string, focus = false) => {
      setActiveId(id);
      const mark = markOf(id);
      if (!mark) return;
      mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
      mark.classList.remove('hl-flash');
      void mark.offsetWidth;
      mark.classList.add('hl-flash');
      if (focus) {
        // Its own tab stop, or (when another highlight starts at the same place) its first piece.
        const target = articleRef.current?.querySelector<HTMLElement>(`mark[data-focus-id="${CSS.escape(id)}"]`) ?? mark;
        if (target.tabIndex < 0) target.tabIndex = -1;
        target.focus({ preventScroll: true });
      }
    },
    [markOf],
  );

  const editNote = useCallback(
    (id: string | null) => {
      if (!id) {
        onMessage({ tone: 'info', text: 'Pick a highlight first (click it, or press Alt+↓), then edit its note.' });
        return;
      }
      setActiveId(id);
      // The editor renders on the next frame once the card is active.
      requestAnimationFrame(() => document.getElementById(`note-${id}`)?.focus());
    },
    [onMessage],
  );

  const deleteHighlight = useCallback(
    async (id: string) => {
      if (await remove(id)) {
        setActiveId((current) => (current === id ? null : current));
        onMessage({ tone: 'info', text: `Highlight deleted. Press ${shortcutText('undo')} to undo.` });
      }
    },
    [remove, onMessage],
  );

  const step = useCallback(
    (direction: 1 | -1) => {
      const list = visible.placed;
      if (list.length === 0) return;
      const index = list.findIndex((a) => a.id === activeId);
      const next = index === -1 ? (direction === 1 ? 0 : list.length - 1) : (index + direction + list.length) % list.length;
      jumpTo(list[next]!.id, true);
    },
    [visible, activeId, jumpTo],
  );

  const announce = useCallback(
    (label: string | null, verb: string) => {
      onMessage({ tone: 'info', text: label ? `${verb}: ${label}` : `Nothing to ${verb.toLowerCase()}.` });
    },
    [onMessage],
  );

  useImperativeHandle(
    ref,
    () => ({
      highlightSelection: () => {
        if (readOnly) return;
        const span = currentSpan() ?? toolbar?.span ?? null;
        if (span) void createHighlight(span, color);
        else onMessage({ tone: 'info', text: 'Select some text first, then highlight it.' });
      },
      undo: () => void undo().then((label) => announce(label, 'Undone')),
      redo: () => void redo().then((label) => announce(label, 'Redone')),
      cycleColor: () => {
        const active = activeId ? byId.get(activeId) : undefined;
        const next = nextColor(active?.color ?? color);
        setColor(next);
        if (active && !readOnly) void update(active.id, { color: next });
        else onMessage({ tone: 'info', text: `New highlights will be ${HIGHLIGHT_COLOR_NAMES[next].toLowerCase()}.` });
      },
      editNote: () => editNote(activeId),
      nextHighlight: step,
      focusFilter: () => filterRef.current?.focus(),
      reload,
    }),
    [readOnly, currentSpan, toolbar, createHighlight, color, onMessage, undo, redo, announce, activeId, byId, update, editNote, step, reload],
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

  const onChange = useCallback((id: string, changes: AnnotationChanges) => update(id, changes), [update]);

  return (
    <div className="reader">
      <header className="reader-header">
        <button type="button" onClick={onBack} title={`Back to the library (${shortcutText('show-library')})`}>
          ← Library
        </button>
        <h1 className="reader-title">{doc?.title ?? 'Loading…'}</h1>
        <button type="button" onClick={onImport} title={`Import W3C annotations onto this document (${shortcutText('import-annotations')})`}>
          Import…
        </button>
        <button type="button" onClick={onExport} title={`Export highlights as Markdown or W3C JSON (${shortcutText('export-markdown')})`}>
          Export…
        </button>
      </header>
      {readOnly ? (
        <p className="read-only-banner" role="note">
          These highlights were saved by a newer version of Marginalia, so they are read-only here. Update Marginalia to change them.
        </p>
      ) : null}
      <div className="reader-body">
        <div className="reader-scroll">
          {doc ? (
            <DocumentText
              ref={textRef}
              text={doc.text}
              blocks={doc.blocks}
              segmentsByBlock={segments}
              style={style}
              activeId={activeId}
              articleRef={articleRef}
              onHighlightClick={setActiveId}
              onHighlightFocus={setActiveId}
              onHighlightKey={(id, key) => (key === 'Enter' ? editNote(id) : readOnly ? undefined : void deleteHighlight(id))}
              onSelectionEnd={onSelectionEnd}
            />
          ) : null}
        </div>
        <Sidebar
          placed={visible.placed}
          orphans={visible.orphans}
          total={annotations.length}
          activeId={activeId}
          readOnly={readOnly}
          tagSuggestions={tagSuggestions}
          filter={filter}
          filterRef={filterRef}
          onFilterChange={setFilter}
          onManageTags={onManageTags}
          onActivate={(id) => jumpTo(id)}
          onChange={onChange}
          onDelete={(id) => void deleteHighlight(id)}
          onLeave={(id) => jumpTo(id, true)}
        />
      </div>
      {toolbar && !readOnly ? (
        <SelectionToolbar position={toolbar} currentColor={color} onHighlight={(c) => void createHighlight(toolbar.span, c)} />
      ) : null}
    </div>
  );
}

