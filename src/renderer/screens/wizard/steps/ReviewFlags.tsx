import type { WizardRecord } from '../../../../shared/contract/onboarding';
import { DEFAULT_TIME_ZONE } from '../../../../shared/domain/time-zones';
import type { WizardStepNumber } from '../wizard-model';

/** Things allowed but worth a second look before sending: UTC as the time zone, no website (carriers check it). */
export const reviewFlagsOf = (record: WizardRecord): { step: WizardStepNumber; text: string }[] => {
  const out: { step: WizardStepNumber; text: string }[] = [];
  if (record.practice.timeZone === DEFAULT_TIME_ZONE)
    out.push({
      step: 3,
      text: 'The time zone is UTC (Zulu): appointment times will be off for a practice in the US. Choose its time zone.',
    });
  if (record.practice.websiteUrl.trim() === '')
    out.push({
      step: 4,
      text: 'No website: phone carriers check the practice’s website when it registers for text messages.',
    });
  return out;
};

export function ReviewFlags({
  record,
  onEdit,
}: {
  record: WizardRecord | null;
  onEdit: (step: WizardStepNumber) => void;
}) {
  const flags = record ? reviewFlagsOf(record) : [];
  if (flags.length === 0) return null;
  return (
    <div className="note note--warn" data-testid="review-flags">
      <p>Check before sending:</p>
      <ul>
        {flags.map((f) => (
          <li key={f.step}>
            {f.text}{' '}
            <button type="button" className="button wizard__edit" onClick={() => onEdit(f.step)}>
              {f.step === 3 ? 'Change time zone' : 'Add a website'}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
