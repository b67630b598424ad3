import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActivityEntry, ActivityQueryInput } from '../../../shared/contract/activity';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';

const PAGE = 200;

interface Pages {
  readonly key: string;
  readonly entries: readonly ActivityEntry[];
  readonly total: number | null;
  readonly error: AppErrorData | null;
}

/**
 * The calls that match the filters, a page at a time: the first page when the filters change (or on refresh),
 * the next when the list is scrolled near the end of what is loaded. An answer for older filters is dropped.
 */
export function useActivityPages(query: ActivityQueryInput, refreshCount: number) {
  const key = `${JSON.stringify(query)}#${refreshCount}`;
  const [pages, setPages] = useState<Pages>({ key: '', entries: [], total: null, error: null });
  const current = useRef(key);
  const inFlight = useRef<string | null>(null);

  const load = useCallback(
    async (offset: number) => {
      const forKey = current.current;
      const requestId = `${forKey}@${offset}`;
      if (inFlight.current === requestId) return;
      inFlight.current = requestId;
      const r = await api.activity.page({ query, offset, limit: PAGE });
      if (inFlight.current === requestId) inFlight.current = null;
      if (current.current !== forKey) return;
      setPages((before) => {
        if (!r.ok) return { ...before, key: forKey, error: r.error };
        const kept = before.key === forKey ? before.entries.slice(0, offset) : [];
        return { key: forKey, entries: [...kept, ...r.data.entries], total: r.data.total, error: null };
      });
    },
    [query],
  );

  useEffect(() => {
    current.current = key;
    void load(0);
  }, [key, load]);

  const showing = pages.key === key;
  const entries = showing ? pages.entries : [];
  const total = showing ? pages.total : null;
  const loadMore = useCallback(() => {
    if (total !== null && entries.length < total) void load(entries.length);
  }, [entries.length, total, load]);
  return { entries, total, error: pages.error, loading: !showing, loadMore };
}
