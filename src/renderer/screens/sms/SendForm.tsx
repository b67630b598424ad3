import { useEffect, useId, useState, type FormEvent } from 'react';
import { sendToProblem, sendToRule } from '../../../shared/domain/sms-recipient';
import { smsCounterLabel, smsMessageProblem } from '../../../shared/domain/sms-text';
import { formatUsPhone } from '../../../shared/domain/field-rules/phone';
import { api } from '../../api/client';
import { withProductionConfirm } from '../../api/production-confirm';
import { selectConnection, useHealth } from '../../stores/health-store';
import { useRoute } from '../../stores/route-store';
import { NumbersMessages } from './AccountNumbersPanel';
import { SendFromPicker } from './SendFromPicker';
import { SendOutcomeNote, type SendOutcome } from './SendOutcomeNote';
import { SmsKindChoice } from './SmsKindChoice';
import { TemplateChooser } from './TemplateChooser';
import { canSendFrom, preferredLocation } from './number-words';
import { useSmsDraft } from './sms-draft-store';
import type { AccountNumbersState } from './use-account-numbers';

type Problems = Partial<Record<'to' | 'message' | 'from', string>>;

const offlineReason: Record<string, string | undefined> = {
  offline: 'You are offline, so sending is off. Your message is kept here until you clear it.',
  unreachable:
    'Updox cannot be reached right now, so sending is off. Your message is kept here until you clear it.',
};

/** The send form: kind, Send to, Send From, template, message with its counter, Discard and Send. */
export function SendForm({ accountId, numbers }: { accountId: string; numbers: AccountNumbersState }) {
  const id = useId();
  const draft = useSmsDraft();
  const go = useRoute((s) => s.go);
  const connection = useHealth(selectConnection);
  const [problems, setProblems] = useState<Problems>({});
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);
  const [sending, setSending] = useState(false);
  const rows = numbers.data?.locations ?? [];
  const chosen = rows.find((r) => r.locationId === draft.locationId && canSendFrom(r));

  const preferred = preferredLocation(rows)?.locationId ?? null;
  const hasData = numbers.data !== null;
  const picked = draft.locationPicked && chosen !== undefined;
  useEffect(() => {
    if (hasData && !picked && useSmsDraft.getState().locationId !== preferred) {
      useSmsDraft.getState().update({ locationId: preferred, locationPicked: false });
    }
  }, [hasData, picked, preferred]);

  const blocked = offlineReason[connection];
  const kindWords = draft.secure ? 'Secure Text' : 'SMS Text';

  const send = async (e: FormEvent) => {
    e.preventDefault();
    const found: Problems = {};
    const toProblem = sendToProblem(draft.to);
    if (toProblem) found.to = toProblem;
    const messageProblem = smsMessageProblem(draft.message);
    if (messageProblem) found.message = messageProblem;
    if (!chosen)
      found.from = 'Send From: choose a location that can send (SMS Approved, or one with no number yet).';
    setProblems(found);
    if (Object.keys(found).length > 0 || !chosen) {
      const first = found.to ? `${id}-to` : found.message ? `${id}-message` : undefined;
      if (first) document.getElementById(first)?.focus();
      return;
    }
    setSending(true);
    setOutcome(null);
    const to = sendToRule.normalize(draft.to);
    const r = await withProductionConfirm((confirmProduction) =>
      api.sms.send({
        accountId,
        locationId: chosen.locationId,
        to,
        message: draft.message,
        secure: draft.secure,
        confirmProduction,
      }),
    );
    setSending(false);
    if (!r.ok) {
      if (r.error.fields?.to) setProblems({ to: r.error.fields.to });
      return setOutcome({ kind: 'error', error: r.error });
    }
    if (r.data.outcome === 'business-info-needed') return go('business', accountId, 'sms');
    setOutcome({ kind: 'result', result: r.data, to4: to.slice(-4), from: chosen.locationName });
    if (r.data.outcome === 'sent') draft.update({ message: '', to: '' });
    if (r.data.outcome === 'verification-requested') await numbers.reload();
  };

  const fields = {
    practiceName: numbers.data?.accountName ?? '',
    locationName: chosen?.locationName ?? '',
    practicePhone: numbers.data?.accountPhone ? formatUsPhone(numbers.data.accountPhone) : '',
  };

  return (
    <form
      className="panel sms-form"
      onSubmit={(e) => void send(e)}
      aria-label="Send a text message"
      noValidate
    >
      <SmsKindChoice secure={draft.secure} onChange={(secure) => draft.update({ secure })} />
      <div className="field">
        <label htmlFor={`${id}-to`}>Send to</label>
        <input
          id={`${id}-to`}
          type="tel"
          autoComplete="off"
          value={draft.to}
          onChange={(e) => draft.update({ to: e.target.value })}
          onBlur={() => draft.to && setProblems((p) => ({ ...p, to: sendToProblem(draft.to) ?? undefined }))}
          aria-invalid={problems.to ? true : undefined}
          aria-describedby={`${id}-to-hint${problems.to ? ` ${id}-to-error` : ''}`}
        />
        <span id={`${id}-to-hint`} className="field__hint">
          The patient&apos;s US mobile number, for example (406) 555-0120.
        </span>
        {problems.to ? (
          <span id={`${id}-to-error`} className="field__error" role="alert">
            {problems.to}
          </span>
        ) : null}
      </div>
      <SendFromPicker
        rows={rows}
        value={chosen?.locationId ?? null}
        onChange={(locationId) => draft.update({ locationId, locationPicked: true })}
        onAddNumber={(locationId) => void numbers.requestNumber(locationId)}
        busy={numbers.loading}
        {...(problems.from ? { error: problems.from } : {})}
      />
      {numbers.data ? <NumbersMessages state={numbers} /> : null}
      <TemplateChooser
        fields={fields}
        message={draft.message}
        onMessage={(message) => draft.update({ message })}
      />
      <div className="field">
        <label htmlFor={`${id}-message`}>Message</label>
        <textarea
          id={`${id}-message`}
          rows={4}
          value={draft.message}
          onChange={(e) => draft.update({ message: e.target.value })}
          aria-invalid={problems.message ? true : undefined}
          aria-describedby={`${id}-counter${problems.message ? ` ${id}-message-error` : ''}`}
        />
        <span id={`${id}-counter`} className="field__hint" data-testid="sms-counter">
          {smsCounterLabel(draft.message)}
        </span>
        {problems.message ? (
          <span id={`${id}-message-error`} className="field__error" role="alert">
            {problems.message}
          </span>
        ) : null}
      </div>
      {blocked ? <p className="note note--warn">{blocked}</p> : null}
      <SendOutcomeNote outcome={outcome} />
      <div className="sms-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            draft.discard();
            setOutcome(null);
            setProblems({});
          }}
        >
          Discard
        </button>
        <button type="submit" className="button button--primary" disabled={sending || Boolean(blocked)}>
          {sending ? 'Sending…' : `Send ${kindWords}`}
        </button>
      </div>
    </form>
  );
}
