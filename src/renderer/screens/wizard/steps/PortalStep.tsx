import { practiceLabels as L } from '../../../../shared/domain/labels';
import { normalizePortalAddress, portalPreviewUrl } from '../../../../shared/domain/field-rules/web';
import { updoxTimeZones } from '../../../../shared/domain/time-zones';
import { CheckField, SelectField, TextField } from '../WizardFields';
import type { StepProps } from '../step-props';

/** Step 3: time zone, portal web address (with a live preview and an availability hint), direct address, active. */
export function PortalStep({ data, errorOf, touch, setPractice, availability }: StepProps) {
  const p = data.practice;
  const address = normalizePortalAddress(p.websiteAddress);
  const hint = availability.portal;
  // A portal address another practice uses is the field's error (aria-invalid), not only a coloured hint.
  const error = errorOf('practice.websiteAddress');

  return (
    <>
      <SelectField
        id="practice-timeZone"
        label={L.timeZone}
        value={p.timeZone}
        options={updoxTimeZones}
        onChange={(v) => setPractice('timeZone', v)}
        onBlur={() => touch('practice.timeZone')}
        error={errorOf('practice.timeZone')}
        hint="Suggested from the state when you choose it. Without one, Updox uses UTC (Zulu)."
      />
      <TextField
        id="practice-websiteAddress"
        label={L.websiteAddress}
        value={p.websiteAddress}
        onChange={(v) => setPractice('websiteAddress', v)}
        onBlur={() => touch('practice.websiteAddress')}
        error={error}
        hint={
          address === '' ? (
            'The patient portal address, for example sunrise-pediatrics.'
          ) : (
            <>
              Patients will open <strong data-testid="portal-preview">{portalPreviewUrl(address)}</strong>
              {hint && !error ? (
                <span
                  className={`wizard__avail wizard__avail--${hint.status}`}
                  data-testid="portal-availability"
                >
                  {' '}
                  · {hint.message}
                </span>
              ) : null}
            </>
          )
        }
      />
      <TextField
        id="practice-directAddress"
        label={L.directAddress}
        type="email"
        value={p.directAddress}
        onChange={(v) => setPractice('directAddress', v)}
        onBlur={() => touch('practice.directAddress')}
        error={errorOf('practice.directAddress')}
        hint="Optional. For example drsmith@sunrise.direct.myupdox.com."
      />
      <CheckField
        id="practice-active"
        label={L.active}
        checked={p.active}
        onChange={(v) => setPractice('active', v)}
        hint={p.active ? undefined : 'An inactive account cannot authenticate: nobody can sign in or use it.'}
      />
    </>
  );
}
