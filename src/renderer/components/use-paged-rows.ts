import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';

/**
 * A scrolling list of which only the rows in view are rendered, loaded a page at a time: it calls `onNearEnd`
 * when the last loaded rows come into view and more exist, so every row can be reached by scrolling. Give
 * `scroller` to the scrolling element and place the `items` at their `start`.
 */
export function usePagedRows({
  loaded,
  total,
  rowHeight,
  onNearEnd,
}: {
  loaded: number;
  total: number;
  rowHeight: number;
  onNearEnd: () => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: loaded,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (lastIndex >= loaded - 20 && loaded < total) onNearEnd();
  }, [lastIndex, loaded, total, onNearEnd]);
  return { scroller, items, totalSize: virtualizer.getTotalSize() };
}
