import { useEffect, useState } from 'react';
import type { ApiInput } from '../../../shared/api';
import { call } from '../lib/api';

/** Milliseconds of quiet after a change before the preview is asked for again. */
const PREVIEW_DELAY_MS = 250;

/** What the preview shows: the export's start, or why it cannot be made. */
export type PreviewState = { status: 'idle' } | { status: 'ready'; text: string; truncated: boolean } | { status: 'problem'; message: string };

/**
 * The live preview of an export of one document: asked for a moment after the settings stop
 * changing; an answer that arrives after newer settings is dropped.
 */
export function useExportPreview(input: ApiInput<'previewExport'> | null): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: 'idle' });
  const key = input === null ? null : JSON.stringify(input);
  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      void call('previewExport', JSON.parse(key) as ApiInput<'previewExport'>).then((result) => {
        if (!current) return;
        setState(result.ok ? { status: 'ready', ...result.value } : { status: 'problem', message: result.error.message });
      });
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);
  return state;
}
