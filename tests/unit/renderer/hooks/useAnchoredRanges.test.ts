// @vitest-environment jsdom
/**
 * Anchoring that does not hold up the first paint: trusted positions are there in the first
 * render; passages whose text changed are searched for afterwards and arrive a moment later,
 * and are not searched again when another annotation changes.
 */
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../../shared/anchoring';
import type { Annotation } from '../../../../shared/model';
import { useAnchoredRanges } from '../../../../renderer/src/hooks/useAnchoredRanges';
import { annotation } from '../lib/annotationFactory';

const text = 'The harbour lantern was lit at dusk.\n\nThe ledger of the quarry was kept in the archive by the river.';

function on(id: string, source: string, quote: string): Annotation {
  const start = source.indexOf(quote);
  return { ...annotation(id), target: { selector: describeRange(source, start, start + quote.length) } };
}

describe('useAnchoredRanges', () => {
  it('has trusted positions in the first render and searched ones soon after', async () => {
    const kept = on('kept', text, 'harbour lantern');
    // Recorded on an older text where the passage stood elsewhere.
    const moved = on('moved', `Preface.\n\n${text}`, 'ledger of the quarry');
    const gone = on('gone', 'Nothing of this is left in the new text at all.', 'is left in the new');
    const { result } = renderHook(() => useAnchoredRanges(text, [kept, moved, gone]));
    expect(result.current.get('kept')).toEqual({ id: 'kept', start: 4, end: 19 });
    expect(result.current.has('moved')).toBe(false);
    expect(result.current.has('gone')).toBe(false);
    await waitFor(() => expect(result.current.has('gone')).toBe(true));
    const start = text.indexOf('ledger of the quarry');
    expect(result.current.get('moved')).toEqual({ id: 'moved', start, end: start + 20 });
    expect(result.current.get('gone')).toBeNull();
  });

  it('keeps what was found when another annotation changes', async () => {
    const kept = on('kept', text, 'harbour lantern');
    const moved = on('moved', `Preface.\n\n${text}`, 'ledger of the quarry');
    const { result, rerender } = renderHook(({ list }) => useAnchoredRanges(text, list), { initialProps: { list: [kept, moved] } });
    await waitFor(() => expect(result.current.has('moved')).toBe(true));
    rerender({ list: [{ ...kept, note: 'changed' }, moved] });
    expect(result.current.has('moved')).toBe(true);
    expect(result.current.get('kept')).toEqual({ id: 'kept', start: 4, end: 19 });
  });

  it('has nothing while the text is loading', () => {
    const { result } = renderHook(() => useAnchoredRanges(null, [on('kept', text, 'harbour lantern')]));
    expect(result.current.size).toBe(0);
  });
});
