import type { WizardRecord } from '../../../../shared/contract/onboarding';
import { DEFAULT_TIME_ZONE } from '../../../../shared/domain/time-zones';
import type { WizardStepNumber } from '../wizard-model';

interface ReviewFlag {
  step: WizardStepNumber;
  text: string;
  action: string;
}

/**
 * Things allowed but worth a second look before sending: no street address (SMS needs one), UTC as the time zone,
 * no website (carriers check it).
 */
export const reviewFlagsOf = (record: WizardRecord): ReviewFlag[] => {
  const out: ReviewFlag[] = [];
  const p = record.practice;
  const missing = (
    [
      ['Address line 1', p.address1],
      ['City', p.city],
      ['State', p.state],
      ['ZIP code', p.postal],
    ] as const
  ).filter(([, v]) => v.trim() === '');
  if (missing.length > 0)
    out.push({
      step: 2,
      text: `No street address (${missing.map(([label]) => label).join(', ')} missing): a practice without one cannot use SMS until it is added.`,
      action: 'Add the address',
    });
  if (record.practice.timeZone === DEFAULT_TIME_ZONE)
    out.push({
      step: 3,
      text: 'The time zone is UTC (Zulu): appointment times will be off for a practice in the US. Choose its time zone.',
      action: 'Change time zone',
    });
  if (record.practice.websiteUrl.trim() === '')
    out.push({
      step: 4,
      text: 'No website: phone carriers check the practice’s website when it registers for text messages.',
      action: 'Add a website',
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
              {f.action}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
