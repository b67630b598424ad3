import type { SmsLocationNumber } from '../../../shared/contract/sms';
import { AddNumberButton, hasNumberAction } from './AddNumberButton';
import { NumberAdvice } from './NumberAdvice';
import { NumberBadge } from './NumberBadge';
import { ageWords, numberTypeWords, numberWords, pickerOrder, statusLabels } from './number-words';

const timelineWords = (row: SmsLocationNumber): string =>
  row.timeline.map((t) => `${statusLabels[t.status]} ${new Date(t.since).toLocaleString()}`).join(' → ');

/** Every location with its number, type, one status (with its age), and what to do (stale or rejected). */
export function NumbersTable({
  accountId,
  rows,
  onAddNumber,
  busy,
}: {
  accountId: string;
  rows: readonly SmsLocationNumber[];
  onAddNumber(locationId: number): void;
  busy: boolean;
}) {
  if (rows.length === 0) return <p className="empty">This account has no active locations.</p>;
  return (
    <table className="table sms-numbers">
      <caption className="visually-hidden">SMS numbers by location</caption>
      <thead>
        <tr>
          <th scope="col">Location</th>
          <th scope="col">Number</th>
          <th scope="col">Type</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {pickerOrder(rows).map((row) => (
          <tr key={row.locationId} data-testid={`number-row-${row.locationId}`}>
            <th scope="row">
              {row.locationName}
              {row.isDefault && row.locationName !== 'Default Location' ? (
                <span className="sms-muted"> (default)</span>
              ) : null}
            </th>
            <td>
              {numberWords(row) || (
                <span className="sms-muted" aria-label="none">
                  —
                </span>
              )}
            </td>
            <td>{numberTypeWords(row.numberType)}</td>
            <td>
              <div className="sms-status">
                <NumberBadge status={row.status} />
                {row.status === 'none' ? null : <span className="sms-muted">{ageWords(row)}</span>}
                {hasNumberAction(row) ? (
                  <AddNumberButton row={row} busy={busy} onAddNumber={onAddNumber} />
                ) : null}
              </div>
              <NumberAdvice row={row} accountId={accountId} />
              {row.timeline.length > 1 ? (
                <details className="sms-timeline">
                  <summary>History</summary>
                  <p>{timelineWords(row)}</p>
                </details>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
