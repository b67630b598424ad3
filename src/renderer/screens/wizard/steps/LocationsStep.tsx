import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { DraftLocation } from '../../../../shared/contract/onboarding';
import {
  locationFieldTable,
  locationFields,
  type LocationField,
} from '../../../../shared/domain/fields/location-fields';
import {
  locationFormSchema,
  type PracticeLocation,
  type PracticeLocationFormValues,
} from '../../../../shared/domain/location';
import type { FieldExtras } from '../../../components/form/FormField';
import { TableFields } from '../../../components/form/TableFields';
import { focusSoon } from '../focus';
import { emptyLocationRow } from '../wizard-model';
import type { StepProps } from '../step-props';
import { stateOptions } from '../../../components/form/state-options';

/** The practice's rules for a location, run by react-hook-form on the fields it holds. */
const locationResolver = zodResolver(locationFormSchema);

/** One location's fields, generated from the location field table (those of the Locations step, in order). */
function LocationFields({
  location: loc,
  index,
  errorOf,
  touch,
  setLocation,
}: { location: DraftLocation; index: number } & Pick<StepProps, 'errorOf' | 'touch' | 'setLocation'>) {
  const form = useForm<PracticeLocationFormValues, unknown, PracticeLocation>({
    values: loc,
    resolver: locationResolver,
    mode: 'onTouched',
  });
  const path = (f: string) => `locations.${index}.${f}`;
  const extras: Partial<Record<LocationField, FieldExtras>> = {
    code: {
      onValue: (v) => {
        setLocation(index, 'code', v);
        // The location ID follows the code until the person types their own.
        if (loc.externalId === '' || loc.externalId === `loc-${loc.code}`)
          setLocation(index, 'externalId', v.trim() === '' ? '' : `loc-${v.trim()}`);
      },
    },
    state: { options: stateOptions, placeholder: 'Choose a state or territory' },
  };
  return (
    <TableFields
      table={locationFieldTable}
      fields={locationFields.filter((f) => locationFieldTable[f].step !== null)}
      control={form.control}
      idOf={(field) => `loc-${loc.key}-${field}`}
      errorOf={(field) => errorOf(path(field))}
      extras={extras}
      onChange={(field, value) => setLocation(index, field, value)}
      onTouched={(field) => touch(path(field))}
    />
  );
}

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
            <LocationFields
              location={loc}
              index={index}
              errorOf={errorOf}
              touch={touch}
              setLocation={setLocation}
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
