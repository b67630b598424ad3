import { useEffect, useRef } from 'react';
import type { SmsSendResult } from '../../../shared/contract/sms';
import type { AppErrorData } from '../../../shared/errors';
import { cadenceWords } from './check-words';

/**
 * The numbers a send's outcome was shown with: their statuses and when they were read. The outcome is dropped once
 * numbers read later show other statuses.
 */
export interface OutcomeBasis {
  statusKey: string;
  /** The numbers' `checkedAt` ('' when none were loaded). */
  numbersAt: string;
}

/** A send's outcome, with the numbers it was shown with. */
export type SendOutcome =
  | ({ kind: 'result'; result: SmsSendResult; to4: string; from: string } & OutcomeBasis)
  | ({ kind: 'error'; error: AppErrorData } & OutcomeBasis);

const tone = (o: SendOutcome): string => {
  if (o.kind === 'error') return 'note--error';
  if (o.result.outcome === 'sent') return 'note--ok';
  if (o.result.outcome === 'verification-requested') return 'note--warn';
  return 'note--error';
};

export const outcomeWords = (o: SendOutcome, intervalMs: number | null): string => {
  if (o.kind === 'error') {
    if (o.error.kind === 'network' || o.error.kind === 'timeout') {
      return `${o.error.message} Nothing was retried; press Send again when you are ready.`;
    }
    return o.error.message;
  }
  const r = o.result;
  if (r.outcome === 'sent') return `Sent to the number ending ${o.to4}, from ${o.from}.`;
  if (r.outcome === 'verification-requested') {
    const how = intervalMs
      ? `This app checks it ${cadenceWords(intervalMs)}`
      : 'This app checks it regularly';
    return `Not sent from ${o.from}. ${r.message} ${how}; "Check now" under SMS numbers checks at once.`;
  }
  if (r.outcome === 'sms-not-enabled') return `Not sent. ${r.message}`;
  return r.message;
};

/**
 * The last send's outcome in words a person can act on; announced, and focused when it appears so the next Tab
 * continues in the form.
 */
export function SendOutcomeNote({
  outcome,
  intervalMs,
}: {
  outcome: SendOutcome | null;
  intervalMs: number | null;
}) {
  const note = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (outcome) note.current?.focus();
  }, [outcome]);
  return (
    <div aria-live="polite" data-testid="send-outcome">
      {outcome ? (
        <p
          ref={note}
          tabIndex={-1}
          className={`note ${tone(outcome)} sms-outcome`}
          role={outcome.kind === 'error' ? 'alert' : undefined}
        >
          {outcomeWords(outcome, intervalMs)}
        </p>
      ) : null}
    </div>
  );
}
