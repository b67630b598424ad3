import { practiceLabels as L } from '../../../../shared/domain/fields/practice-fields';
import type { StepProps } from '../step-props';
import { PracticeFieldsStep } from './PracticeFieldsStep';

/** Step 1: the practice's name and your account ID for it (suggested from the name, checked with PracticeGet). */
export function PracticeStep(props: StepProps) {
  const { data, kind, setData } = props;
  return (
    <>
      <PracticeFieldsStep {...props} step={1} skip={kind === 'update' ? ['accountId'] : []} />
      {kind === 'update' ? (
        <p className="field__hint">
          {L.accountId}: <strong>{data.practice.accountId}</strong> (the account being edited)
        </p>
      ) : null}
      {kind === 'create' ? (
        <fieldset className="wizard__choice">
          <legend>If an account with this ID already exists</legend>
          <label>
            <input
              type="radio"
              name="submit-mode"
              checked={data.submitMode === 'create'}
              onChange={() => setData((d) => ({ ...d, submitMode: 'create' }))}
            />{' '}
            Stop and tell me (create only)
          </label>
          <label>
            <input
              type="radio"
              name="submit-mode"
              checked={data.submitMode === 'save'}
              onChange={() => setData((d) => ({ ...d, submitMode: 'save' }))}
            />{' '}
            Create or update: replace that account with these details
          </label>
        </fieldset>
      ) : null}
    </>
  );
}
