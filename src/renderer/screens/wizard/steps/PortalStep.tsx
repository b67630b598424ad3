import { useEffect, useState } from 'react';
import { practiceLabels as L } from '../../../../shared/domain/labels';
import { normalizePortalAddress, portalPreviewUrl } from '../../../../shared/domain/field-rules/web';
import { updoxTimeZones } from '../../../../shared/domain/time-zones';
import { api } from '../../../api/client';
import { CheckField, SelectField, TextField } from '../WizardFields';
import type { StepProps } from '../step-props';

/** Step 3: time zone, portal web address (with a live preview and an availability hint), direct address, active. */
export function PortalStep({ data, errorOf, touch, setPractice }: StepProps) {
  const p = data.practice;
  const address = normalizePortalAddress(p.websiteAddress);
  const [hint, setHint] = useState<{ status: string; message: string } | null>(null);
  const error = errorOf('practice.websiteAddress');

  useEffect(() => {
    if (address === '') return setHint(null);
    const timer = window.setTimeout(async () => {
      const r = await api.onboarding.checkPortalAddress({ websiteAddress: address, accountId: p.accountId });
      setHint(r.ok ? r.data : null);
    }, 500);
    return () => window.clearTimeout(timer);
  }, [address, p.accountId]);

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
        hint="Updox uses UTC (Zulu) unless you choose another."
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
