import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { Anchorer } from '../../../shared/anchoring';
import { segmentsByBlock, toSegments, type HighlightRange } from '../../../shared/highlights/segments';
import type { Annotation, DocumentRecord, HighlightColor } from '../../../shared/model';
import { call } from '../lib/api';
import type { PaintStyle } from '../lib/paintHighlights';
import { shortcutText } from '../lib/platform';
import { selectionToSpan, type TextSpan } from '../lib/selectionOffsets';
import { DocumentText } from './DocumentText';
import type { Notice } from './NoticeBar';
import { SelectionToolbar } from './SelectionToolbar';
import { Sidebar } from './Sidebar';

/** What the app shell can ask of the reader. */
export interface ReaderHandle {
  highlightSelection: () => void;
}

interface ReaderViewProps {
  ref: React.Ref<ReaderHandle>;
  documentId: string;
  onBack: () => void;
  onExport: () => void;
  onMessage: (notice: Notice) => void;
}

type Changes = Partial<Pick<Annotation, 'color' | 'note' | 'tags'>>;

/** Reading one document: its text with highlights, the selection toolbar and the sidebar. */
export function ReaderView({ ref, documentId, onBack, onExport, onMessage }: ReaderViewProps) {
  const [doc, setDoc] = useState<DocumentRecord | null>(null);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [readOnly, setReadOnly] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [color, setColor] = useState<HighlightColor>('yellow');
  const [toolbar, setToolbar] = useState<{ span: TextSpan; top: number; left: number } | null>(null);
  const articleRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([call('getDocument', { documentId }), call('listAnnotations', { documentId })]).then(([d, a]) => {
      if (!live) return;
      if (!d.ok) {
        onMessage({ tone: 'error', text: d.error.message });
        return;
      }
      // The text stays readable even when its highlights cannot be loaded.
      setDoc(d.value);
      if (!a.ok) {
        onMessage({ tone: 'error', text: a.error.message });
        return;
      }
      setAnnotations(a.value.annotations);
      setReadOnly(a.value.readOnly);
      if (a.value.problem) {
        onMessage({ tone: 'error', text: a.value.problem, action: { label: 'Restore from backup…', command: 'restore-backup' } });
      }
    });
    return () => {
      live = false;
    };
  }, [documentId, onMessage]);

  const ranges = useMemo(() => {
    const map = new Map<string, HighlightRange | null>();
    if (!doc) return map;
    const anchorer = new Anchorer(doc.text);
    for (const a of annotations) {
      const found = anchorer.anchor(a.target.selector);
      map.set(a.id, found ? { id: a.id, ...found } : null);
    }
    return map;
  }, [doc, annotations]);

  const segments = useMemo(() => {
    const placedRanges = [...ranges.values()].filter((r): r is HighlightRange => r !== null);
    return doc ? segmentsByBlock(doc.blocks, toSegments(placedRanges)) : new Map();
  }, [doc, ranges]);

  const style = useMemo<PaintStyle>(() => {
    const colors = new Map(annotations.map((a) => [a.id, a.color]));
    return { colorOf: (id) => colors.get(id), activeId };
  }, [annotations, activeId]);

  const { placed, orphans } = useMemo(() => {
    const withRange = annotations.map((a) => ({ a, r: ranges.get(a.id) ?? null }));
    return {
      placed: withRange
        .filter((x) => x.r !== null)
        .sort((x, y) => x.r!.start - y.r!.start || x.r!.end - y.r!.end)
        .map((x) => x.a),
      orphans: withRange.filter((x) => x.r === null).map((x) => x.a),
    };
  }, [annotations, ranges]);

  const tagSuggestions = useMemo(() => [...new Set(annotations.flatMap((a) => a.tags))].sort(), [annotations]);

  const currentSpan = useCallback((): TextSpan | null => {
    const root = articleRef.current;
    return root && doc ? selectionToSpan(root, doc.blocks, doc.text, window.getSelection()) : null;
  }, [doc]);

  const createHighlight = useCallback(
    async (span: TextSpan, chosen: HighlightColor) => {
      setColor(chosen);
      setToolbar(null);
      const result = await call('createAnnotation', { documentId, start: span.start, end: span.end, color: chosen });
      if (!result.ok) {
        onMessage({ tone: 'error', text: result.error.message });
        return;
      }
      window.getSelection()?.removeAllRanges();
      setAnnotations((list) => [...list, result.value]);
      setActiveId(result.value.id);
    },
    [documentId, onMessage],
  );

  useImperativeHandle(
    ref,
    () => ({
      highlightSelection: () => {
        const span = currentSpan() ?? toolbar?.span ?? null;
        if (span) void createHighlight(span, color);
        else onMessage({ tone: 'info', text: 'Select some text first, then highlight it.' });
      },
    }),
    [currentSpan, toolbar, createHighlight, color, onMessage],
  );

  const onSelectionEnd = useCallback(() => {
    const span = currentSpan();
    const range = span ? window.getSelection()?.getRangeAt(0) : null;
    if (!span || !range) {
      setToolbar(null);
      return;
    }
    const rect = range.getBoundingClientRect();
    setToolbar({ span, top: Math.max(8, rect.top - 48), left: Math.max(8, rect.left + rect.width / 2 - 90) });
  }, [currentSpan]);

  useEffect(() => {
    const hide = () => setToolbar(null);
    const scroller = articleRef.current?.closest('.reader-scroll');
    scroller?.addEventListener('scroll', hide, { passive: true });
    return () => scroller?.removeEventListener('scroll', hide);
  }, [doc]);

  const jumpTo = useCallback((id: string) => {
    setActiveId(id);
    const mark = articleRef.current?.querySelector<HTMLElement>(`mark[data-ids~="${CSS.escape(id)}"]`);
    if (!mark) return;
    mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
    mark.classList.remove('hl-flash');
    void mark.offsetWidth;
    mark.classList.add('hl-flash');
  }, []);

  const updateAnnotation = useCallback(
    async (id: string, changes: Changes) => {
      const result = await call('updateAnnotation', { documentId, annotationId: id, changes });
      if (!result.ok) {
        onMessage({ tone: 'error', text: result.error.message });
        return false;
      }
      setAnnotations((list) => list.map((a) => (a.id === id ? result.value : a)));
      return true;
    },
    [documentId, onMessage],
  );

  const deleteAnnotation = useCallback(
    async (id: string) => {
      const result = await call('deleteAnnotation', { documentId, annotationId: id });
      if (!result.ok) {
        onMessage({ tone: 'error', text: result.error.message });
        return;
      }
      setAnnotations((list) => list.filter((a) => a.id !== id));
      setActiveId((current) => (current === id ? null : current));
    },
    [documentId, onMessage],
  );

  return (
    <div className="reader">
      <header className="reader-header">
        <button type="button" onClick={onBack} title={`Back to the library (${shortcutText('show-library')})`}>
          ← Library
        </button>
        <h1 className="reader-title">{doc?.title ?? 'Loading…'}</h1>
        <button type="button" onClick={onExport} title={`Export highlights as Markdown (${shortcutText('export-markdown')})`}>
          Export Markdown…
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
              text={doc.text}
              blocks={doc.blocks}
              segmentsByBlock={segments}
              style={style}
              articleRef={articleRef}
              onHighlightClick={setActiveId}
              onSelectionEnd={onSelectionEnd}
            />
          ) : null}
        </div>
        <Sidebar
          placed={placed}
          orphans={orphans}
          activeId={activeId}
          tagSuggestions={tagSuggestions}
          onActivate={jumpTo}
          onChange={updateAnnotation}
          onDelete={(id) => void deleteAnnotation(id)}
        />
      </div>
      {toolbar && !readOnly ? (
        <SelectionToolbar position={toolbar} currentColor={color} onHighlight={(c) => void createHighlight(toolbar.span, c)} />
      ) : null}
    </div>
  );
}
