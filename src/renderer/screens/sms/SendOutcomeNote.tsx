import type { SmsSendResult } from '../../../shared/contract/sms';
import type { AppErrorData } from '../../../shared/errors';

export type SendOutcome =
  | { kind: 'result'; result: SmsSendResult; to4: string; from: string }
  | { kind: 'error'; error: AppErrorData };

const tone = (o: SendOutcome): string => {
  if (o.kind === 'error') return 'note--error';
  if (o.result.outcome === 'sent') return 'note--ok';
  if (o.result.outcome === 'verification-requested') return 'note--warn';
  return 'note--error';
};

const words = (o: SendOutcome): string => {
  if (o.kind === 'error') {
    if (o.error.kind === 'network' || o.error.kind === 'timeout') {
      return `${o.error.message} Nothing was retried; press Send again when you are ready.`;
    }
    return o.error.message;
  }
  const r = o.result;
  if (r.outcome === 'sent') return `Sent to the number ending ${o.to4}, from ${o.from}.`;
  if (r.outcome === 'verification-requested') {
    return `Not sent. ${r.message} The number is being watched; its status updates here on its own.`;
  }
  if (r.outcome === 'sms-not-enabled') return `Not sent. ${r.message}`;
  return r.message;
};

/** The last send's outcome in words a person can act on; announced. */
export function SendOutcomeNote({ outcome }: { outcome: SendOutcome | null }) {
  return (
    <div aria-live="polite" data-testid="send-outcome">
      {outcome ? (
        <p className={`note ${tone(outcome)}`} role={outcome.kind === 'error' ? 'alert' : undefined}>
          {words(outcome)}
        </p>
      ) : null}
    </div>
  );
}
