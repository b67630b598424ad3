import { PagedTable } from '../../components/PagedTable';
import { countOf } from '../../../shared/words';
import type { BatchRowView } from '../../../shared/contract/batch';
import { rowStatus } from './batch-words';
import { problemLines } from './problem-words';

const columns = ['Line', 'Account ID', 'Practice name', 'Problems', 'Status', 'Action'] as const;
const gridColumns = '64px minmax(96px, 1fr) minmax(140px, 1.3fr) minmax(220px, 3fr) minmax(110px, 1fr) 190px';

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
  return (
    <PagedTable
      label="Imported practices"
      testId="bulk-table"
      className="bulk-table"
      columns={columns}
      gridColumns={gridColumns}
      rowHeight={64}
      roomBelow={420}
      rows={rows}
      total={total}
      onNearEnd={onNearEnd}
      rowKey={(row) => row.index}
      rowAttributes={(row) => ({
        'data-testid': `bulk-row-${row.line}`,
        ...(row.excluded ? { className: 'bulk-table__row--out' } : {}),
        ...(selected === row.index ? { 'aria-selected': true } : {}),
      })}
      cells={(row) => {
        const problems = problemLines(row.problems, row.line, row.lines);
        // Only what is not sent yet (or failed) can still be fixed or left out.
        const open = editable && (row.outcome === 'pending' || row.outcome === 'failed');
        const canFix = open && problems.length > 0 && !row.excluded;
        return (
          <>
            <div role="cell" className="paged-table__cell">
              {row.line}
            </div>
            <div role="cell" className="paged-table__cell" title={row.accountId || undefined}>
              {row.accountId || '—'}
            </div>
            <div role="cell" className="paged-table__cell" title={row.name || undefined}>
              {row.name || '—'}
              <span className="bulk-table__sub">
                {countOf(row.lines.locations.length, 'location')}, {countOf(row.lines.users.length, 'user')}
              </span>
            </div>
            <div role="cell" className="paged-table__cell bulk-table__cell--problems">
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
            <div role="cell" className="paged-table__cell">
              {rowStatus(row)}
            </div>
            <div role="cell" className="paged-table__cell bulk-table__cell--actions">
              {canFix ? (
                <button type="button" className="button" onClick={() => onFix(row.index)}>
                  Fix<span className="visually-hidden"> line {row.line}</span>
                </button>
              ) : null}
              {open ? (
                <button type="button" className="button" onClick={() => onExclude(row.index, !row.excluded)}>
                  {row.excluded ? 'Take back' : 'Leave out'}
                  <span className="visually-hidden"> line {row.line}</span>
                </button>
              ) : null}
            </div>
          </>
        );
      }}
    />
  );
}
