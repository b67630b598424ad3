import type { CSSProperties, Key, ReactNode } from 'react';
import { usePagedRows } from './use-paged-rows';
import './paged-table.css';

/** What a row adds to its element: a class, whether it is the selected one, a test id. */
export interface PagedRowAttributes {
  className?: string;
  'aria-selected'?: boolean;
  'data-testid'?: string;
}

/**
 * A long list as an ARIA table of which only the rows in view are in the DOM, loaded a page at a time (it asks for
 * the next page when the last loaded rows come into view, so every row can be reached by scrolling). The caller
 * gives the columns and each row's cells (`<div role="cell" className="paged-table__cell">`).
 */
export function PagedTable<T>({
  label,
  testId,
  className,
  columns,
  gridColumns,
  rowHeight,
  roomBelow,
  rows,
  total,
  onNearEnd,
  rowKey,
  rowAttributes,
  cells,
}: {
  label: string;
  testId: string;
  /** The table's own class, beside `paged-table`. */
  className: string;
  columns: readonly string[];
  /** The CSS grid columns of every row, header included. */
  gridColumns: string;
  rowHeight: number;
  /** The height (px) the rest of the screen keeps when the table's body is as tall as it may be. */
  roomBelow: number;
  rows: readonly T[];
  total: number;
  onNearEnd: () => void;
  /** A row's React key (its place in the list when it has no identity of its own). */
  rowKey: (row: T, index: number) => Key;
  rowAttributes?: (row: T) => PagedRowAttributes;
  cells: (row: T) => ReactNode;
}) {
  const { scroller, items, totalSize } = usePagedRows({ loaded: rows.length, total, rowHeight, onNearEnd });
  const style: CSSProperties & Record<`--${string}`, string> = {
    '--paged-columns': gridColumns,
    '--paged-row-height': `${rowHeight}px`,
    '--paged-room': `${roomBelow}px`,
  };
  return (
    <div
      role="table"
      aria-label={label}
      aria-rowcount={total + 1}
      className={`paged-table ${className}`}
      style={style}
      data-testid={testId}
    >
      <div role="rowgroup" className="paged-table__head">
        <div role="row" aria-rowindex={1} className="paged-table__row">
          {columns.map((name) => (
            <div key={name} role="columnheader" className="paged-table__cell">
              {name}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" ref={scroller} className="paged-table__body">
        <div role="presentation" style={{ height: totalSize, position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            const { className: rowClass, ...attributes } = rowAttributes?.(row) ?? {};
            return (
              <div
                key={rowKey(row, item.index)}
                role="row"
                aria-rowindex={item.index + 2}
                {...attributes}
                className={`paged-table__row paged-table__row--body${rowClass ? ` ${rowClass}` : ''}`}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {cells(row)}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
