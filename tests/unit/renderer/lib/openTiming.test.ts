/**
 * The marks the open benchmark reads: API calls are recorded only while a document opens, and
 * the first painted highlight ends the opening.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { API_CALL_MEASURE, FIRST_HIGHLIGHT_MARK, OPEN_DOCUMENT_MARK, isOpening, markFirstHighlightPainted, markOpenDocument, noteApiCall } from '../../../../renderer/src/lib/openTiming';

afterEach(() => vi.unstubAllGlobals());

describe('open timing', () => {
  it('records API calls between the click and the first painted highlight, then marks the highlight after the next frame', async () => {
    vi.stubGlobal('requestAnimationFrame', (fn: () => void) => setTimeout(fn, 0));
    noteApiCall('listDocuments', performance.now());
    markOpenDocument();
    expect(isOpening()).toBe(true);
    expect(performance.getEntriesByName(OPEN_DOCUMENT_MARK)).toHaveLength(1);
    noteApiCall('getDocument', performance.now() - 5);
    markFirstHighlightPainted();
    expect(isOpening()).toBe(false);
    noteApiCall('listLayers', performance.now());
    const calls = performance.getEntriesByName(API_CALL_MEASURE) as PerformanceMeasure[];
    expect(calls.map((c) => c.detail)).toEqual(['getDocument']);
    await vi.waitFor(() => expect(performance.getEntriesByName(FIRST_HIGHLIGHT_MARK)).toHaveLength(1));
  });

  it('starts afresh on the next opening', () => {
    markOpenDocument();
    expect(performance.getEntriesByName(API_CALL_MEASURE)).toHaveLength(0);
    expect(performance.getEntriesByName(FIRST_HIGHLIGHT_MARK)).toHaveLength(0);
  });
});
