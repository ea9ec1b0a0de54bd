import { describe, expect, it, vi } from 'vitest';
import { loadPosition, positionKey, savePosition, scrollFraction, throttle } from '../../../../renderer/src/lib/readingPosition';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
}

describe('scrollFraction', () => {
  it('is how far through the scrollable range the top is, clamped to 0..1', () => {
    expect(scrollFraction(0, 2000, 500)).toBe(0);
    expect(scrollFraction(750, 2000, 500)).toBe(0.5);
    expect(scrollFraction(1500, 2000, 500)).toBe(1);
    expect(scrollFraction(1600, 2000, 500)).toBe(1);
    expect(scrollFraction(-20, 2000, 500)).toBe(0);
  });

  it('is 0 when nothing scrolls', () => {
    expect(scrollFraction(0, 500, 500)).toBe(0);
    expect(scrollFraction(0, 300, 500)).toBe(0);
  });
});

describe('loadPosition and savePosition', () => {
  it('keep one position per document', () => {
    const storage = memoryStorage();
    savePosition(storage, 'a', 0.4213456);
    savePosition(storage, 'b', 0.9);
    expect(loadPosition(storage, 'a')).toBe(0.4213);
    expect(loadPosition(storage, 'b')).toBe(0.9);
    expect(loadPosition(storage, 'c')).toBe(0);
  });

  it('read anything that is not a fraction as the start', () => {
    const storage = memoryStorage();
    for (const bad of ['', 'abc', '-0.5', '1.5', 'NaN', 'Infinity']) {
      storage.map.set(positionKey('d'), bad);
      expect(loadPosition(storage, 'd'), bad).toBe(0);
    }
  });

  it('survive a storage that throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(loadPosition(throwing, 'a')).toBe(0);
    expect(() => savePosition(throwing, 'a', 0.5)).not.toThrow();
  });
});

describe('throttle', () => {
  it('runs at once, then at most once per wait with the latest arguments', () => {
    vi.useFakeTimers();
    try {
      const seen: number[] = [];
      const save = throttle((n: number) => seen.push(n), 250);
      save(1);
      save(2);
      save(3);
      expect(seen).toEqual([1]);
      vi.advanceTimersByTime(250);
      expect(seen).toEqual([1, 3]);
      vi.advanceTimersByTime(1000);
      expect(seen).toEqual([1, 3]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('flush runs the pending call now; cancel drops it', () => {
    vi.useFakeTimers();
    try {
      const seen: number[] = [];
      const save = throttle((n: number) => seen.push(n), 250);
      save(1);
      save(2);
      save.flush();
      expect(seen).toEqual([1, 2]);
      save(3);
      save.cancel();
      vi.advanceTimersByTime(1000);
      expect(seen).toEqual([1, 2]);
      save.flush();
      expect(seen).toEqual([1, 2]);
    } finally {
      vi.useRealTimers();
    }
  });
});
