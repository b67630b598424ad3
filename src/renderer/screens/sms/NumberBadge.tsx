import type { SmsLocationStatus } from '../../../shared/contract/sms';
import { statusLabels, statusTone } from './number-words';

/** "SMS Approved" / "SMS Pending" / "SMS Rejected" / "No Number", in the badge colour for the status. */
export function NumberBadge({ status }: { status: SmsLocationStatus }) {
  return (
    <span className={`badge badge--${statusTone[status]}`} data-status={status}>
      {statusLabels[status]}
    </span>
  );
}
