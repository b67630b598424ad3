import { locationLabels as L } from '../../../../shared/domain/labels';
import { CheckField, SelectField, TextField } from '../../../components/form/FieldControls';
import { displayPhone, displayZip } from '../../../components/form/display-values';
import { focusSoon } from '../focus';
import { emptyLocationRow } from '../wizard-model';
import type { StepProps } from '../step-props';
import { stateOptions } from '../../../components/form/state-options';

type TextKey =
  'name' | 'code' | 'externalId' | 'address1' | 'address2' | 'city' | 'zip' | 'phone' | 'fax' | 'email';

/** Step 5: Updox's Default Location (made with the account) and any others, sent with LocationsSync. */
export function LocationsStep({ data, errorOf, touch, setLocation, setData }: StepProps) {
  const remove = (key: string) =>
    setData((d) => ({ ...d, locations: d.locations.filter((l) => l.key !== key) }));
  const add = () => {
    const row = emptyLocationRow();
    setData((d) => ({ ...d, locations: [...d.locations, row] }));
    focusSoon(`#loc-${row.key}-name`);
  };
  return (
    <>
      {data.locations.map((loc, index) => {
        const path = (f: string) => `locations.${index}.${f}`;
        const title = loc.name.trim() || `Location ${index + 1}`;
        if (loc.fixed) {
          return (
            <section key={loc.key} className="wizard__card" aria-label={title}>
              <h3>{title}</h3>
              <p className="field__hint">
                {loc.code === 'def'
                  ? 'Updox creates the Default Location itself with the practice. Nothing to fill in here.'
                  : 'Updox holds this location without your ID, so the desk cannot change it. It is kept as it is.'}
              </p>
            </section>
          );
        }
        const text = (field: TextKey, extra: { hint?: string; required?: boolean } = {}) => (
          <TextField
            id={`loc-${loc.key}-${field}`}
            label={L[field]}
            value={
              field === 'zip'
                ? displayZip(loc.zip)
                : field === 'phone' || field === 'fax'
                  ? displayPhone(loc[field])
                  : loc[field]
            }
            onChange={(v) => {
              setLocation(index, field, v);
              // The location ID follows the code until the person types their own.
              if (field === 'code' && (loc.externalId === '' || loc.externalId === `loc-${loc.code}`))
                setLocation(index, 'externalId', v.trim() === '' ? '' : `loc-${v.trim()}`);
            }}
            onBlur={() => touch(path(field))}
            error={errorOf(path(field))}
            {...extra}
          />
        );
        return (
          <section
            key={loc.key}
            className="wizard__card"
            aria-label={title}
            data-testid={`location-${index}`}
          >
            <h3>{title}</h3>
            {errorOf(`locations.${index}`) ? (
              <p className="note note--error">{errorOf(`locations.${index}`)}</p>
            ) : null}
            <div className="wizard__row">
              {text('name', { required: true })}
              {text('code', { required: true, hint: 'A short name Updox shows, for example north-office.' })}
              {text('externalId', {
                hint: 'Your own reference for it; follows the code unless you change it.',
              })}
            </div>
            {text('address1')}
            {text('address2')}
            <div className="wizard__row">
              {text('city')}
              <SelectField
                id={`loc-${loc.key}-state`}
                label={L.state}
                value={loc.state}
                placeholder="Choose a state or territory"
                options={stateOptions}
                onChange={(v) => setLocation(index, 'state', v)}
                onBlur={() => touch(path('state'))}
                error={errorOf(path('state'))}
              />
              {text('zip', { hint: 'For example 43017 or 43017-1234.' })}
            </div>
            <div className="wizard__row">
              {text('phone', { hint: 'For example (406) 555-0120.' })}
              {text('fax', { hint: 'Optional. 10 digits.' })}
              {text('email')}
            </div>
            <CheckField
              id={`loc-${loc.key}-showInPortal`}
              label={L.showInPortal}
              checked={loc.showInPortal}
              onChange={(v) => setLocation(index, 'showInPortal', v)}
            />
            <button type="button" className="button" onClick={() => remove(loc.key)}>
              Remove {title}
            </button>
          </section>
        );
      })}
      <button type="button" className="button" onClick={add}>
        Add a location
      </button>
    </>
  );
}
