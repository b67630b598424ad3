import { suggestAccountId } from '../../../../shared/domain/field-rules/identifiers';
import { practiceLabels as L } from '../../../../shared/domain/labels';
import { TextField } from '../WizardFields';
import type { StepProps } from '../step-props';

/** Step 1: the practice's name and your account ID for it (suggested from the name, checked with PracticeGet). */
export function PracticeStep(props: StepProps) {
  const { data, kind, errorOf, touch, setPractice, setData } = props;
  const { name, accountId } = data.practice;
  const availability = props.availability.accountId;
  const suggested = suggestAccountId(name);

  const onName = (value: string) => {
    // Keep the account ID following the name until the person types their own.
    if (kind === 'create' && (accountId === '' || accountId === suggested)) {
      setData((d) => ({
        ...d,
        practice: { ...d.practice, name: value, accountId: suggestAccountId(value) },
      }));
    } else setPractice('name', value);
  };

  const availabilityNote =
    // A taken ID is the field's error (shown once, there); the note says free, unknown or "will replace".
    availability && !errorOf('practice.accountId') ? (
      <span
        data-testid="account-id-availability"
        className={`wizard__avail wizard__avail--${availability.status}`}
      >
        {availability.message}
      </span>
    ) : null;

  return (
    <>
      <TextField
        id="practice-name"
        label={L.name}
        required
        value={name}
        onChange={onName}
        onBlur={() => touch('practice.name')}
        error={errorOf('practice.name')}
      />
      {kind === 'update' ? (
        <p className="field__hint">
          {L.accountId}: <strong>{accountId}</strong> (the account being edited)
        </p>
      ) : (
        <TextField
          id="practice-accountId"
          label={L.accountId}
          required
          value={accountId}
          onChange={(v) => setPractice('accountId', v)}
          onBlur={() => touch('practice.accountId')}
          error={errorOf('practice.accountId')}
          hint={
            <>
              Your ID for this practice in Updox. Letters, digits, hyphens, underscores or dots.
              {availabilityNote ? <> {availabilityNote}</> : null}
            </>
          }
        />
      )}
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
