import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { sendToProblem } from '../../../shared/domain/sms-recipient';
import { smsCounterLabel, smsMessageProblem } from '../../../shared/domain/sms-text';
import { formatUsPhone } from '../../../shared/domain/field-rules/phone';
import { selectConnection, useHealth } from '../../stores/health-store';
import { NumbersMessages } from './AccountNumbersPanel';
import { RequestNumberConfirm } from './RequestNumberConfirm';
import { SendFromPicker } from './SendFromPicker';
import { SendOutcomeNote } from './SendOutcomeNote';
import { SendToField } from './SendToField';
import { SmsKindChoice } from './SmsKindChoice';
import { TemplateChooser } from './TemplateChooser';
import { TemplateGaps } from './TemplateGaps';
import { placeholderProblem, placeholdersIn } from './fill-template';
import { sendRequestsNumber, statusKey } from './number-words';
import { useSmsDraft } from './sms-draft-store';
import type { AccountNumbersState } from './use-account-numbers';
import { useSendLocation } from './use-send-location';
import { useSmsSend } from './use-sms-send';
import { smsMemoryNote } from './sms-leave-guard';

type Problems = Partial<Record<'to' | 'message' | 'from', string>>;

const offlineReason: Record<string, string | undefined> = {
  offline: 'You are offline, so sending is off. Your message is kept here until you clear it.',
  unreachable:
    'Updox cannot be reached right now, so sending is off. Your message is kept here until you clear it.',
  'host-lost':
    'The app host is not answering, so sending is off. Your message is kept here until you clear it.',
};

/** Enter in a one-line field never submits (a send, or a number request, is only ever a button press). */
const keepEnterFromSubmitting = (e: KeyboardEvent<HTMLFormElement>) => {
  if (e.key === 'Enter' && e.target instanceof HTMLInputElement) e.preventDefault();
};

/** The send form: kind, Send to, Send From, template, message with its counter, Discard and Send. */
export function SendForm({ accountId, numbers }: { accountId: string; numbers: AccountNumbersState }) {
  const id = useId();
  const draft = useSmsDraft();
  const connection = useHealth(selectConnection);
  const [problems, setProblems] = useState<Problems>({});
  const [confirming, setConfirming] = useState<number | null>(null);
  const sendButton = useRef<HTMLButtonElement>(null);
  const rows = numbers.data?.locations ?? [];
  const location = useSendLocation(accountId, rows, numbers.data !== null);
  const { chosen } = location;
  const sms = useSmsSend(accountId, numbers);

  // An outcome describes the statuses it was shown with; once numbers read later show others, it is stale. (The
  // screen may render the outcome a moment before the numbers that came with it: those are not later.)
  const currentKey = statusKey(rows);
  const readAt = numbers.data?.checkedAt ?? '';
  useEffect(() => {
    if (sms.outcome && readAt > sms.outcome.numbersAt && sms.outcome.statusKey !== currentKey) sms.clear();
  }, [currentKey, readAt, sms]);
  // The question belongs to the location it named.
  if (confirming !== null && chosen?.locationId !== confirming) setConfirming(null);

  const blocked = offlineReason[connection];
  const kindWords = draft.secure ? 'Secure Text' : 'SMS Text';

  const sendNow = async () => {
    if (!chosen) return;
    setConfirming(null);
    const { toProblem } = await sms.send(chosen);
    if (toProblem) setProblems({ to: toProblem });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problems = {};
    const toProblem = sendToProblem(draft.to);
    if (toProblem) found.to = toProblem;
    const messageProblem = smsMessageProblem(draft.message) ?? placeholderProblem(draft.message);
    if (messageProblem) found.message = messageProblem;
    if (!chosen)
      found.from = 'Send From: choose a location that can send (SMS Approved, or one with no number yet).';
    setProblems(found);
    if (Object.keys(found).length > 0 || !chosen) {
      const first = found.to ? `${id}-to` : found.message ? `${id}-message` : undefined;
      if (first) document.getElementById(first)?.focus();
      return;
    }
    // An incomplete account goes to the Missing Business Info form first: no number is requested then.
    if (sendRequestsNumber(chosen) && numbers.data?.readiness.complete)
      return setConfirming(chosen.locationId);
    void sendNow();
  };

  const fields = {
    practiceName: numbers.data?.accountName ?? '',
    locationName: chosen?.locationName ?? '',
    practicePhone: numbers.data?.accountPhone ? formatUsPhone(numbers.data.accountPhone) : '',
  };
  const gaps = placeholdersIn(draft.message).length > 0;
  const messageDescribedBy = [
    `${id}-counter`,
    `${id}-memory`,
    gaps ? `${id}-gaps` : '',
    problems.message ? `${id}-message-error` : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    // Enter in a field must not send a text: the form listens to keys only to stop that.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form
      className="panel sms-form"
      onSubmit={submit}
      onKeyDown={keepEnterFromSubmitting}
      aria-label="Send a text message"
      noValidate
    >
      <SmsKindChoice secure={draft.secure} onChange={(secure) => draft.update({ secure })} />
      <SendToField
        id={`${id}-to`}
        value={draft.to}
        problem={problems.to}
        onChange={(to) => draft.update({ to })}
        onBlurProblem={(problem) => setProblems((p) => ({ ...p, to: problem }))}
      />
      <SendFromPicker
        accountId={accountId}
        rows={rows}
        value={chosen?.locationId ?? null}
        onChange={(locationId) => {
          location.choose(locationId);
          sms.clear();
          setProblems((p) => ({ ...p, from: undefined }));
        }}
        onAddNumber={(locationId) => void numbers.requestNumber(locationId)}
        busy={numbers.loading}
        note={location.note}
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
          aria-describedby={messageDescribedBy}
        />
        <span id={`${id}-counter`} className="field__hint" data-testid="sms-counter">
          {smsCounterLabel(draft.message)}
        </span>
        <span id={`${id}-memory`} className="field__hint" data-testid="sms-memory-note">
          {smsMemoryNote}
        </span>
        <TemplateGaps message={draft.message} accountId={accountId} id={`${id}-gaps`} />
        {problems.message ? (
          <span id={`${id}-message-error`} className="field__error" role="alert">
            {problems.message}
          </span>
        ) : null}
      </div>
      {blocked ? <p className="note note--warn">{blocked}</p> : null}
      <SendOutcomeNote outcome={sms.outcome} intervalMs={numbers.poll?.intervalMs ?? null} />
      {confirming !== null && chosen ? (
        <RequestNumberConfirm
          locationName={chosen.locationName}
          onConfirm={() => void sendNow()}
          onCancel={() => {
            setConfirming(null);
            sendButton.current?.focus();
          }}
        />
      ) : null}
      <div className="sms-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            draft.discard();
            sms.clear();
            setConfirming(null);
            setProblems({});
          }}
        >
          Discard
        </button>
        <button
          ref={sendButton}
          type="submit"
          className="button button--primary"
          disabled={sms.sending || Boolean(blocked)}
        >
          {sms.sending ? 'Sending…' : `Send ${kindWords}`}
        </button>
      </div>
    </form>
  );
}
