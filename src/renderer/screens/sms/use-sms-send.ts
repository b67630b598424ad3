import { useState } from 'react';
import type { SmsLocationNumber, SmsNumbers } from '../../../shared/contract/sms';
import { sendToRule } from '../../../shared/domain/sms-recipient';
import { api } from '../../api/client';
import { withProductionConfirm } from '../../api/production-confirm';
import { useRoute } from '../../stores/route-store';
import { useScreenEnvironment } from '../../stores/screen-environment';
import type { OutcomeBasis, SendOutcome } from './SendOutcomeNote';
import { statusKey } from './number-words';
import { useSmsDraft } from './sms-draft-store';
import type { AccountNumbersState } from './use-account-numbers';

const basisOf = (numbers: SmsNumbers | null): OutcomeBasis => ({
  statusKey: statusKey(numbers?.locations ?? []),
  numbersAt: numbers?.checkedAt ?? '',
});

/**
 * One send (SmsSend, never repeated on its own) and its outcome. The outcome remembers the statuses it was shown
 * with, so the form can drop it once they change.
 */
export const useSmsSend = (accountId: string, numbers: AccountNumbersState) => {
  const go = useRoute((s) => s.go);
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);
  const [sending, setSending] = useState(false);
  const environmentId = useScreenEnvironment();

  const send = async (from: SmsLocationNumber): Promise<{ toProblem?: string }> => {
    const draft = useSmsDraft.getState();
    setSending(true);
    setOutcome(null);
    const to = sendToRule.normalize(draft.to);
    const r = await withProductionConfirm((confirmProduction) =>
      api.sms.send({
        accountId,
        locationId: from.locationId,
        to,
        message: draft.message,
        secure: draft.secure,
        environmentId,
        confirmProduction,
      }),
    );
    setSending(false);
    if (!r.ok) {
      setOutcome({ kind: 'error', error: r.error, ...basisOf(numbers.current()) });
      return r.error.fields?.to ? { toProblem: r.error.fields.to } : {};
    }
    if (r.data.outcome === 'business-info-needed') {
      go('business', accountId, 'sms');
      return {};
    }
    if (r.data.outcome === 'sent') useSmsDraft.getState().update({ message: '', to: '' });
    // A send that requested verification answers the account's numbers as they are now: shown, not refetched.
    const fresh = r.data.numbers ?? null;
    const shown = fresh ? numbers.show(fresh) : numbers.current();
    setOutcome({
      kind: 'result',
      result: r.data,
      to4: to.slice(-4),
      from: from.locationName,
      ...basisOf(shown),
    });
    return {};
  };

  return { outcome, sending, send, clear: () => setOutcome(null) };
};
