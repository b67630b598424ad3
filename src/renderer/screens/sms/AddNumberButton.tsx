import type { SmsLocationNumber } from '../../../shared/contract/sms';

/** "Add Number" for a location with no number yet (named for the location for screen readers). */
export function AddNumberButton({
  row,
  busy,
  onAddNumber,
}: {
  row: Pick<SmsLocationNumber, 'locationId' | 'locationName'>;
  busy: boolean;
  onAddNumber(locationId: number): void;
}) {
  return (
    <button type="button" className="button" disabled={busy} onClick={() => onAddNumber(row.locationId)}>
      Add Number<span className="visually-hidden"> for {row.locationName}</span>
    </button>
  );
}
