import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorData } from '../../../shared/errors';

export type SaveOutcome = { ok: true; savedAt: string } | { ok: false; error: AppErrorData };

/**
 * The one autosave of the app's forms: each change is written within `delayMs` of the last one, writes go out in
 * order, and whatever is pending is written at once on `flush` (blur, step change), on leaving the screen and when
 * the page goes away. The renderer never holds the only copy of what was typed longer than the delay.
 * `save` returns null when there is nowhere to save to (no environment yet): the change is then dropped.
 */
export function useDebouncedSave<T>(save: (value: T) => Promise<SaveOutcome> | null, delayMs: number) {
  const pending = useRef<T | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  const flush = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    const value = pending.current;
    pending.current = null;
    if (value !== null) {
      chain.current = chain.current.then(async () => {
        const outcome = await save(value);
        if (outcome === null) return;
        setError(outcome.ok ? null : outcome.error);
        if (outcome.ok) setSavedAt(outcome.savedAt);
      });
    }
    return chain.current;
  }, [save]);

  /** Sets what is pending (from what was pending, when given a function) and restarts the delay. */
  const schedule = useCallback(
    (next: T | ((previous: T | null) => T)) => {
      pending.current =
        typeof next === 'function' ? (next as (previous: T | null) => T)(pending.current) : next;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  /** Drops what is pending, waits for the writes under way, and forgets when the last one was saved. */
  const drop = useCallback(async () => {
    window.clearTimeout(timer.current);
    pending.current = null;
    await chain.current;
    setSavedAt(null);
  }, []);

  useEffect(() => {
    const onLeave = () => void flush();
    window.addEventListener('beforeunload', onLeave);
    window.addEventListener('pagehide', onLeave);
    return () => {
      window.removeEventListener('beforeunload', onLeave);
      window.removeEventListener('pagehide', onLeave);
      void flush();
    };
  }, [flush]);

  return { schedule, flush, drop, savedAt, error };
}
