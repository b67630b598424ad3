import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { AccountRow } from './account-row';
import { AccountsGridRow, openRow, ROW_HEIGHT } from './AccountsGridRow';
import type { PipelineMark } from './pipeline-filter';

export const gridColumns = [
  'Practice name',
  'Account ID',
  'City, State',
  'Active',
  'SMS business details',
  'Status',
  'Onboarding stage',
] as const;

const rowHeight = () => ROW_HEIGHT;

/** Marks 'accounts:rendered' once, after the first rows have been painted. */
const useRenderedMark = (hasRows: boolean) => {
  const marked = useRef(false);
  useEffect(() => {
    if (!hasRows || marked.current) return;
    marked.current = true;
    requestAnimationFrame(() => setTimeout(() => performance.mark('accounts:rendered'), 0));
  }, [hasRows]);
};

/**
 * The accounts as an ARIA grid: a row count, one tab stop (the active row), arrows / Page Up / Page Down /
 * Home / End to move, Enter to open. Only the rows in view (and the active row) are in the DOM.
 */
export function AccountsGrid({
  rows,
  label,
  partnerGaps = null,
  marks,
}: {
  rows: readonly AccountRow[];
  label: string;
  /** Each practice's onboarding stage and stuck flags, by account ID. */
  marks?: ReadonlyMap<string, PipelineMark>;
  /** The partner's readiness gaps, when known (see AccountsGridRow). */
  partnerGaps?: number | null;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const focusAfterRender = useRef(false);
  const activeIndex = Math.min(active, Math.max(0, rows.length - 1));

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (rows.length === 0 || indexes.includes(activeIndex)) return indexes;
      return [...indexes, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex, rows.length],
  );

  // Stable callbacks: a new getItemKey makes the virtualizer recompute every row's position on each render.
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: rowHeight,
    overscan: 4,
    rangeExtractor,
    getItemKey,
  });

  useRenderedMark(rows.length > 0);

  useEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    scroller.current
      ?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`)
      ?.focus({ preventScroll: true });
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    focusAfterRender.current = true;
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const pageSize = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + pageSize,
      PageUp: activeIndex - pageSize,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter') {
      const row = rows[activeIndex];
      if (row) {
        event.preventDefault();
        openRow(row);
      }
    }
  };

  return (
    <div
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={gridColumns.length}
      className="accounts-grid"
      data-testid="accounts-grid"
    >
      <div role="rowgroup" className="accounts-grid__head">
        <div role="row" aria-rowindex={1} className="accounts-grid__row">
          {gridColumns.map((name, i) => (
            <div key={name} role="columnheader" aria-colindex={i + 1} className="accounts-grid__cell">
              {name}
            </div>
          ))}
        </div>
      </div>
      {/* Roving focus: the focused row takes the keys, and they bubble here (the grid pattern of WAI-ARIA). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div role="rowgroup" ref={scroller} className="accounts-grid__body" onKeyDown={onKeyDown}>
        <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <AccountsGridRow
                partnerGaps={partnerGaps}
                mark={row.inUpdox ? marks?.get(row.accountId) : undefined}
                key={item.key}
                row={row}
                index={item.index}
                start={item.start}
                active={item.index === activeIndex}
                onFocusRow={setActive}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
