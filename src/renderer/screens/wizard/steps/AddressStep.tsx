import { practiceLabels as L } from '../../../../shared/domain/labels';
import { usStates } from '../../../../shared/domain/us-states';
import { suggestTimeZone } from '../../../../shared/domain/state-time-zone';
import { DEFAULT_TIME_ZONE } from '../../../../shared/domain/time-zones';
import { displayPhone, displayZip } from '../display-values';
import { SelectField, TextField } from '../WizardFields';
import type { StepProps } from '../step-props';

export const stateOptions = usStates.map((s) => ({ value: s.code, label: `${s.name} (${s.code})` }));

/** Step 2: address and contact. */
export function AddressStep({ data, errorOf, touch, setPractice, setData }: StepProps) {
  const p = data.practice;
  const shown = (field: 'address1' | 'address2' | 'city' | 'postal' | 'phone' | 'fax' | 'countryCode') =>
    field === 'postal'
      ? displayZip(p.postal)
      : field === 'phone' || field === 'fax'
        ? displayPhone(p[field])
        : p[field];
  // Choosing the state suggests its time zone while the time zone is still the default (or the last suggestion).
  const setState = (state: string) =>
    setData((d) => {
      const tz = d.practice.timeZone;
      const follows = tz === '' || tz === DEFAULT_TIME_ZONE || tz === suggestTimeZone(d.practice.state);
      const suggested = suggestTimeZone(state);
      return {
        ...d,
        practice: { ...d.practice, state, ...(follows && suggested ? { timeZone: suggested } : {}) },
      };
    });
  const text = (
    field: 'address1' | 'address2' | 'city' | 'postal' | 'phone' | 'fax' | 'countryCode',
    extra: { hint?: string; inputMode?: 'numeric' | 'tel'; type?: 'tel' } = {},
  ) => (
    <TextField
      id={`practice-${field}`}
      label={L[field]}
      value={shown(field)}
      onChange={(v) => setPractice(field, v)}
      onBlur={() => touch(`practice.${field}`)}
      error={errorOf(`practice.${field}`)}
      {...extra}
    />
  );
  return (
    <>
      {text('address1')}
      {text('address2')}
      <div className="wizard__row">
        {text('city')}
        <SelectField
          id="practice-state"
          label={L.state}
          value={p.state}
          placeholder="Choose a state or territory"
          options={
            p.state !== '' && !stateOptions.some((o) => o.value === p.state)
              ? [{ value: p.state, label: p.state }, ...stateOptions]
              : stateOptions
          }
          onChange={setState}
          onBlur={() => touch('practice.state')}
          error={errorOf('practice.state')}
        />
        {text('postal', { hint: 'For example 43017 or 43017-1234.', inputMode: 'numeric' })}
      </div>
      {text('countryCode', { hint: 'Two letters; US unless the practice is elsewhere.' })}
      <div className="wizard__row">
        {text('phone', { hint: 'For example (406) 555-0120.', type: 'tel', inputMode: 'tel' })}
        {text('fax', { hint: 'Optional. 10 digits.', type: 'tel', inputMode: 'tel' })}
      </div>
    </>
  );
}
