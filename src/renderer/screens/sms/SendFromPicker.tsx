import { useId } from 'react';
import type { SmsLocationNumber } from '../../../shared/contract/sms';
import { AddNumberButton, hasNumberAction } from './AddNumberButton';
import { NumberAdvice } from './NumberAdvice';
import { NumberBadge } from './NumberBadge';
import { ageWords, canSendFrom, numberWords, pickerOrder } from './number-words';

const whyNot = (row: SmsLocationNumber): string => {
  if (row.status === 'none')
    return 'No number yet: sending from here first requests one, and asks you before it does.';
  if (row.status === 'rejected') return 'Updox could not verify this number; it cannot send.';
  return `Not yet approved: ${ageWords(row)}${row.stale ? ' (longer than usual)' : ''}.`;
};

/**
 * "Send From": every location with its number and one status; approved ones (and those with no number yet)
 * selectable. `note` says why the person's choice was cleared.
 */
export function SendFromPicker({
  accountId,
  rows,
  value,
  onChange,
  onAddNumber,
  busy,
  error,
  note,
}: {
  accountId: string;
  rows: readonly SmsLocationNumber[];
  value: number | null;
  onChange(locationId: number): void;
  onAddNumber(locationId: number): void;
  busy: boolean;
  error?: string;
  note?: string | null;
}) {
  const id = useId();
  const described = [note ? `${id}-note` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset className="sms-picker" aria-describedby={described || undefined} data-testid="send-from">
      <legend>Send From</legend>
      {rows.length === 0 ? <p className="empty">This account has no active locations.</p> : null}
      <div aria-live="polite">
        {note ? (
          <p id={`${id}-note`} className="note note--warn sms-picker__note" data-testid="send-from-note">
            {note}
          </p>
        ) : null}
      </div>
      <ul className="sms-picker__list">
        {pickerOrder(rows).map((row) => {
          const selectable = canSendFrom(row);
          const inputId = `${id}-${row.locationId}`;
          return (
            <li
              key={row.locationId}
              className="sms-picker__item"
              data-selectable={selectable}
              data-status={row.status}
              data-testid={`picker-${row.locationName}`}
            >
              <input
                type="radio"
                id={inputId}
                name={`${id}-from`}
                checked={value === row.locationId}
                disabled={!selectable}
                onChange={() => onChange(row.locationId)}
                aria-describedby={row.status === 'approved' ? undefined : `${inputId}-why`}
              />
              <label htmlFor={inputId} className="sms-picker__label">
                <span className="sms-picker__name">{row.locationName}</span>
                <span className="sms-picker__number">{numberWords(row)}</span>
              </label>
              <NumberBadge status={row.status} />
              {row.status === 'pending' || row.status === 'number-pending' ? (
                <span className={row.stale ? 'sms-age sms-age--stale' : 'sms-age'}>{ageWords(row)}</span>
              ) : null}
              {hasNumberAction(row) ? (
                <AddNumberButton row={row} busy={busy} onAddNumber={onAddNumber} />
              ) : null}
              {row.status === 'approved' ? null : (
                <span id={`${inputId}-why`} className="visually-hidden">
                  {whyNot(row)}
                </span>
              )}
              {row.status === 'rejected' ? (
                <div className="sms-picker__advice">
                  <NumberAdvice row={row} accountId={accountId} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
