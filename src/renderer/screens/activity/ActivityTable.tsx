import { usePagedRows } from '../../components/use-paged-rows';
import type { ActivityEntry } from '../../../shared/contract/activity';
import { describeMethod, describeResult } from './activity-words';

const ROW_HEIGHT = 40;
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });
const columns = ['Time', 'What', 'Account ID', 'Result', 'Updox method', 'Duration'] as const;

/**
 * The calls as an ARIA table of which only the rows in view are in the DOM; it asks for the next page when the
 * last loaded rows come into view, so every entry can be reached by scrolling.
 */
export function ActivityTable({
  entries,
  total,
  onNearEnd,
}: {
  entries: readonly ActivityEntry[];
  total: number;
  onNearEnd: () => void;
}) {
  const { scroller, items, totalSize } = usePagedRows({
    loaded: entries.length,
    total,
    rowHeight: ROW_HEIGHT,
    onNearEnd,
  });

  return (
    <div
      role="table"
      aria-label="Updox activity"
      aria-rowcount={total + 1}
      className="activity-table"
      data-testid="activity-table"
    >
      <div role="rowgroup" className="activity-table__head">
        <div role="row" aria-rowindex={1} className="activity-table__row">
          {columns.map((name) => (
            <div key={name} role="columnheader" className="activity-table__cell">
              {name}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" ref={scroller} className="activity-table__body">
        <div role="presentation" style={{ height: totalSize, position: 'relative' }}>
          {items.map((item) => {
            const e = entries[item.index];
            if (!e) return null;
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className="activity-table__row activity-table__row--body"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <div role="cell" className="activity-table__cell">
                  {timeFormat.format(new Date(e.at))}
                </div>
                <div role="cell" className="activity-table__cell">
                  {describeMethod(e.method)}
                  {e.attempt > 1 ? ` (try ${e.attempt})` : ''}
                </div>
                <div role="cell" className="activity-table__cell">
                  {e.accountId ?? '—'}
                </div>
                <div role="cell" className="activity-table__cell">
                  {describeResult(e)}
                </div>
                <div role="cell" className="activity-table__cell">
                  <code>
                    {e.method}
                    {e.version ? `/${e.version}` : ''}
                  </code>
                </div>
                <div role="cell" className="activity-table__cell">
                  {e.durationMs} ms
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
