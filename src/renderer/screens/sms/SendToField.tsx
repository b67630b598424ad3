import { sendToProblem } from '../../../shared/domain/sms-recipient';

/**
 * "Send to": the patient's number, checked when the field is left; Enter here never submits the form. The line
 * for its message is reserved, so the Send From picker below never moves under the pointer.
 */
export function SendToField({
  id,
  value,
  problem,
  onChange,
  onBlurProblem,
}: {
  id: string;
  value: string;
  problem: string | undefined;
  onChange(value: string): void;
  onBlurProblem(problem: string | undefined): void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>Send to</label>
      <input
        id={id}
        type="tel"
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault();
        }}
        onBlur={() => value && onBlurProblem(sendToProblem(value) ?? undefined)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
      />
      <span id={`${id}-hint`} className="field__hint">
        The patient&apos;s US mobile number, for example (406) 555-0120.
      </span>
      {/* The line is always there (empty until needed), so a message appearing on blur never moves what is below. */}
      <span
        id={`${id}-error`}
        className="field__error send-to__error"
        role="alert"
        data-testid="send-to-error"
      >
        {problem ?? ''}
      </span>
    </div>
  );
}
