import { useCallback, useState } from 'react';
import { applySettings, loadSettings, saveSettings, type ReadingSettings } from '../lib/readingSettings';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function systemPrefersDark(): boolean {
  return window.matchMedia?.(DARK_QUERY).matches ?? false;
}

/**
 * Applies the remembered reading settings to the page now, and again whenever the system's
 * light/dark preference changes (so the "system" theme follows it). Call once at startup.
 */
export function startReadingSettings(): void {
  const apply = () => applySettings(document.documentElement, loadSettings(storage()), systemPrefersDark());
  apply();
  window.matchMedia?.(DARK_QUERY).addEventListener('change', apply);
}

/** The reading settings, and a way to change them that applies them at once and remembers them. */
export function useReadingSettings(): [ReadingSettings, (changes: Partial<ReadingSettings>) => void] {
  const [settings, setSettings] = useState<ReadingSettings>(() => loadSettings(storage()));
  const change = useCallback((changes: Partial<ReadingSettings>) => {
    setSettings((current) => {
      const next = { ...current, ...changes };
      saveSettings(storage(), next);
      applySettings(document.documentElement, next, systemPrefersDark());
      return next;
    });
  }, []);
  return [settings, change];
}
