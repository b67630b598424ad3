import { useEffect, useEffectEvent } from 'react';
import { Screen } from '../../components/Screen';
import { ErrorNote } from '../../components/ErrorNote';
import { hrefFor, useRoute } from '../../stores/route-store';
import { AccountChooser } from './AccountChooser';
import { NumbersSection } from './AccountNumbersPanel';
import { SendForm } from './SendForm';
import { useAccountNumbers } from './use-account-numbers';
import { installSmsLeaveGuard } from './sms-leave-guard';
import './sms.css';

installSmsLeaveGuard();

/** #/sms and #/sms/<accountId>: "Send a Text Message", and the account's SMS numbers. */
export function SmsScreen({ params }: { params: readonly string[] }) {
  const accountId = params[0] ?? null;
  const go = useRoute((s) => s.go);
  const numbers = useAccountNumbers(accountId);
  // Back from another screen (e.g. the Missing Business Info form), ask again, so readiness and statuses are
  // current. The route store is watched directly: when the other screen's code was still loading, React kept this
  // screen on show without rendering it with the other route, so a render-time check would miss the round trip.
  // (A mount asks by itself.)
  const cameBack = useEffectEvent(() => void numbers.reload());
  useEffect(
    () =>
      useRoute.subscribe((now, before) => {
        if (now.route.section === 'sms' && before.route.section !== 'sms') cameBack();
      }),
    [],
  );
  const readiness = numbers.data?.readiness;
  return (
    <Screen title="Send a Text Message">
      <div className="panel">
        <AccountChooser value={accountId} onChange={(id) => go('sms', id)} />
        {readiness ? (
          <p className={`note ${readiness.complete ? 'note--ok' : 'note--warn'}`} data-testid="sms-readiness">
            {readiness.summary}.
            {readiness.complete ? null : (
              <>
                {' '}
                Sending opens the Missing Business Info form first.{' '}
                <a href={hrefFor('business', accountId ?? '', 'sms')}>Update Business Information</a>
              </>
            )}
          </p>
        ) : null}
      </div>
      {accountId === null ? (
        <p className="empty">Choose an account to send from.</p>
      ) : (
        <>
          {numbers.data || !numbers.error ? null : <ErrorNote error={numbers.error} />}
          <SendForm key={accountId} accountId={accountId} numbers={numbers} />
          <NumbersSection state={numbers} showMessages={false} />
        </>
      )}
    </Screen>
  );
}
