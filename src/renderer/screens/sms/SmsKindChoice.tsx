import { useId } from 'react';

/** "I want to send a [Secure Text | SMS Text]", with a short "What's the difference?". */
export function SmsKindChoice({ secure, onChange }: { secure: boolean; onChange(secure: boolean): void }) {
  const id = useId();
  return (
    <fieldset className="sms-kind">
      <legend>I want to send a</legend>
      <div className="sms-kind__options">
        <label>
          <input type="radio" name={`${id}-kind`} checked={secure} onChange={() => onChange(true)} /> Secure
          Text
        </label>
        <label>
          <input type="radio" name={`${id}-kind`} checked={!secure} onChange={() => onChange(false)} /> SMS
          Text
        </label>
      </div>
      <details className="sms-kind__help">
        <summary>What&apos;s the difference?</summary>
        <p>
          <strong>Secure Text</strong>: the patient gets a text with a link and reads your message on
          Updox&apos;s secure page. Use it for anything about their health.
        </p>
        <p>
          <strong>SMS Text</strong>: your message itself arrives as an ordinary text message, readable by
          anyone who sees the phone. Keep it free of health information (reminders, &ldquo;please call
          us&rdquo;).
        </p>
      </details>
    </fieldset>
  );
}
