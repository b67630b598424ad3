import type { SmsLocationNumber } from '../../../shared/contract/sms';

/**
 * "Add Number" for a location with no number yet, or "Request number again" for a rejected one (Updox then
 * assigns and verifies again). Named for the location for screen readers.
 */
export function AddNumberButton({
  row,
  busy,
  onAddNumber,
}: {
  row: Pick<SmsLocationNumber, 'locationId' | 'locationName' | 'status'>;
  busy: boolean;
  onAddNumber(locationId: number): void;
}) {
  const label = row.status === 'rejected' ? 'Request number again' : 'Add Number';
  return (
    <button type="button" className="button" disabled={busy} onClick={() => onAddNumber(row.locationId)}>
      {label}
      <span className="visually-hidden"> for {row.locationName}</span>
    </button>
  );
}

/** The row's action, when it has one: Add Number (No Number) or Request number again (SMS Rejected). */
export const hasNumberAction = (row: Pick<SmsLocationNumber, 'status'>): boolean =>
  row.status === 'none' || row.status === 'rejected';
