import { usePagedRows } from '../../components/use-paged-rows';
import type { BatchRowView } from '../../../shared/contract/batch';
import { rowStatus } from './batch-words';
import { problemLines } from './problem-words';

const ROW_HEIGHT = 64;
const columns = ['Line', 'Account ID', 'Practice name', 'Problems', 'Status', 'Action'] as const;

/**
 * The batch's rows as an ARIA table of which only the rows in view are in the DOM: each with its problems by line
 * and column ("Line 14, ZIP code: ..."), its state, and Fix / Leave out / Take back.
 */
export function BatchRowsTable({
  rows,
  total,
  editable,
  selected,
  onFix,
  onExclude,
  onNearEnd,
}: {
  rows: readonly BatchRowView[];
  total: number;
  /** The last loaded rows came into view: load the next page. */
  onNearEnd: () => void;
  editable: boolean;
  selected: number | null;
  onFix: (index: number) => void;
  onExclude: (index: number, excluded: boolean) => void;
}) {
  const { scroller, items, totalSize } = usePagedRows({
    loaded: rows.length,
    total,
    rowHeight: ROW_HEIGHT,
    onNearEnd,
  });
  return (
    <div
      role="table"
      aria-label="Imported practices"
      aria-rowcount={total + 1}
      className="bulk-table"
      data-testid="bulk-table"
    >
      <div role="rowgroup" className="bulk-table__head">
        <div role="row" aria-rowindex={1} className="bulk-table__row">
          {columns.map((name) => (
            <div key={name} role="columnheader" className="bulk-table__cell">
              {name}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" ref={scroller} className="bulk-table__body">
        <div role="presentation" style={{ height: totalSize, position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const problems = problemLines(row.problems, row.line, row.lines);
            // Only what is not sent yet (or failed) can still be fixed or left out.
            const open = editable && (row.outcome === 'pending' || row.outcome === 'failed');
            const canFix = open && problems.length > 0 && !row.excluded;
            return (
              <div
                key={row.index}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selected === row.index ? true : undefined}
                className={`bulk-table__row bulk-table__row--body${row.excluded ? ' bulk-table__row--out' : ''}`}
                style={{ transform: `translateY(${item.start}px)` }}
                data-testid={`bulk-row-${row.line}`}
              >
                <div role="cell" className="bulk-table__cell">
                  {row.line}
                </div>
                <div role="cell" className="bulk-table__cell" title={row.accountId || undefined}>
                  {row.accountId || '—'}
                </div>
                <div role="cell" className="bulk-table__cell" title={row.name || undefined}>
                  {row.name || '—'}
                  <span className="bulk-table__sub">
                    {row.lines.locations.length} location{row.lines.locations.length === 1 ? '' : 's'},{' '}
                    {row.lines.users.length} user{row.lines.users.length === 1 ? '' : 's'}
                  </span>
                </div>
                <div role="cell" className="bulk-table__cell bulk-table__cell--problems">
                  {problems.length === 0 ? (
                    row.outcome === 'failed' && row.error ? (
                      row.error.message
                    ) : (
                      '—'
                    )
                  ) : (
                    <ul className="bulk-table__problems">
                      {problems.map((p) => (
                        <li key={p.key}>{p.words}</li>
                      ))}
                    </ul>
                  )}
                </div>
                <div role="cell" className="bulk-table__cell">
                  {rowStatus(row)}
                </div>
                <div role="cell" className="bulk-table__cell bulk-table__cell--actions">
                  {canFix ? (
                    <button type="button" className="button" onClick={() => onFix(row.index)}>
                      Fix<span className="visually-hidden"> line {row.line}</span>
                    </button>
                  ) : null}
                  {open ? (
                    <button
                      type="button"
                      className="button"
                      onClick={() => onExclude(row.index, !row.excluded)}
                    >
                      {row.excluded ? 'Take back' : 'Leave out'}
                      <span className="visually-hidden"> line {row.line}</span>
                    </button>
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
