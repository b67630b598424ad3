import type { SmsLocationNumber } from '../../../shared/contract/sms';
import { hrefFor } from '../../stores/route-store';

/**
 * What to do about a number (stale wait, rejection), with a link to the account's SMS business details for a
 * rejection: the usual cause, and what Updox checks again when the number is requested again.
 */
export function NumberAdvice({
  row,
  accountId,
  id,
}: {
  row: Pick<SmsLocationNumber, 'advice' | 'stale' | 'status'>;
  accountId: string;
  id?: string;
}) {
  if (!row.advice) return null;
  return (
    <p id={id} className={`note ${row.stale ? 'note--warn' : 'note--error'} sms-advice`}>
      {row.advice}
      {row.status === 'rejected' ? (
        <>
          {' '}
          <a href={hrefFor('business', accountId, 'sms')}>Check the SMS business details</a>
        </>
      ) : null}
    </p>
  );
}
