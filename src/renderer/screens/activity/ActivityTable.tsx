import { PagedTable } from '../../components/PagedTable';
import type { ActivityEntry } from '../../../shared/contract/activity';
import { describeMethod, describeResult } from './activity-words';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });
const columns = ['Time', 'What', 'Account ID', 'Result', 'Updox method', 'Duration'] as const;
const gridColumns =
  'minmax(176px, 1.2fr) minmax(150px, 1.5fr) minmax(96px, 1fr) minmax(150px, 1.5fr) minmax(120px, 1fr) 100px';

/** The calls, every one reachable by scrolling (a page at a time, only the rows in view in the DOM). */
export function ActivityTable({
  entries,
  total,
  onNearEnd,
}: {
  entries: readonly ActivityEntry[];
  total: number;
  onNearEnd: () => void;
}) {
  return (
    <PagedTable
      label="Updox activity"
      testId="activity-table"
      className="activity-table"
      columns={columns}
      gridColumns={gridColumns}
      rowHeight={40}
      roomBelow={380}
      rows={entries}
      total={total}
      onNearEnd={onNearEnd}
      rowKey={(_, index) => index}
      cells={(e) => (
        <>
          <div role="cell" className="paged-table__cell">
            {timeFormat.format(new Date(e.at))}
          </div>
          <div role="cell" className="paged-table__cell">
            {describeMethod(e.method)}
            {e.attempt > 1 ? ` (try ${e.attempt})` : ''}
          </div>
          <div role="cell" className="paged-table__cell">
            {e.accountId ?? '—'}
          </div>
          <div role="cell" className="paged-table__cell">
            {describeResult(e)}
          </div>
          <div role="cell" className="paged-table__cell">
            <code>
              {e.method}
              {e.version ? `/${e.version}` : ''}
            </code>
          </div>
          <div role="cell" className="paged-table__cell">
            {e.durationMs} ms
          </div>
        </>
      )}
    />
  );
}
