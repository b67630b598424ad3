import { useEffect, useId, useRef } from 'react';
import { requestNumberQuestion } from './number-words';

/**
 * The inline question before a send from a location with No Number (that send first requests a number).
 * The question takes focus when it appears; Cancel hands focus back to the caller.
 */
export function RequestNumberConfirm({
  locationName,
  onConfirm,
  onCancel,
}: {
  locationName: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const id = useId();
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), [locationName]);
  return (
    <div
      className="note note--warn sms-confirm"
      role="group"
      aria-labelledby={`${id}-q`}
      data-testid="request-number-confirm"
    >
      <p id={`${id}-q`} ref={question} tabIndex={-1}>
        {requestNumberQuestion(locationName)}
      </p>
      <div className="sms-actions sms-confirm__actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={onConfirm}>
          Request the number and try to send
        </button>
      </div>
    </div>
  );
}
