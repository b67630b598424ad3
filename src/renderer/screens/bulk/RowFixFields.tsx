import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { BatchPracticeRow } from '../../../shared/contract/batch';
import {
  locationFieldTable,
  locationFields,
  type LocationField,
} from '../../../shared/domain/fields/location-fields';
import {
  practiceFieldTable,
  practiceFields,
  type PracticeField,
} from '../../../shared/domain/fields/practice-fields';
import { userFieldTable, userFields, type UserField } from '../../../shared/domain/fields/user-fields';
import {
  locationFormSchema,
  type PracticeLocation,
  type PracticeLocationFormValues,
} from '../../../shared/domain/location';
import { practiceFormSchema, type Practice, type PracticeFormInput } from '../../../shared/domain/practice';
import { userFormSchema, type User, type UserFormValues } from '../../../shared/domain/user';
import { updoxTimeZones } from '../../../shared/domain/time-zones';
import type { FieldExtras } from '../../components/form/FormField';
import { TableFields } from '../../components/form/TableFields';
import { stateOptions } from '../../components/form/state-options';

/** The wizard's rules, run by react-hook-form on the fields each part holds. */
const practiceResolver = zodResolver(practiceFormSchema);
const locationResolver = zodResolver(locationFormSchema);
const userResolver = zodResolver(userFormSchema);

type ErrorOf = (path: string) => string | undefined;
type Change = (path: readonly [string, ...(string | number)[]], value: string | boolean) => void;

/** A state the file gave that is not one of the list is still shown (as the wizard does), to be corrected. */
const stateExtras = (value: string): FieldExtras => ({
  placeholder: 'Choose a state or territory',
  options:
    value !== '' && !stateOptions.some((o) => o.value === value)
      ? [{ value, label: value }, ...stateOptions]
      : stateOptions,
});

const asked = <K extends string>(table: Readonly<Record<K, { step: number | null }>>, keys: readonly K[]) =>
  keys.filter((k) => table[k].step !== null);

export function PracticeFixFields({
  row,
  errorOf,
  onChange,
}: {
  row: BatchPracticeRow;
  errorOf: ErrorOf;
  onChange: Change;
}) {
  const form = useForm<PracticeFormInput, unknown, Practice>({
    values: row.practice,
    resolver: practiceResolver,
    mode: 'onTouched',
  });
  const extras: Partial<Record<PracticeField, FieldExtras>> = {
    state: stateExtras(row.practice.state),
    timeZone: { options: updoxTimeZones },
  };
  return (
    <TableFields
      table={practiceFieldTable}
      fields={asked(practiceFieldTable, practiceFields)}
      control={form.control}
      idOf={(f) => `fix-practice-${f}`}
      errorOf={(f) => errorOf(`practice.${f}`)}
      extras={extras}
      onChange={(f, v) => onChange(['practice', f], v)}
      onTouched={() => undefined}
    />
  );
}

export function LocationFixFields({
  row,
  index,
  errorOf,
  onChange,
}: {
  row: BatchPracticeRow;
  index: number;
  errorOf: ErrorOf;
  onChange: Change;
}) {
  const location = row.locations[index];
  const form = useForm<PracticeLocationFormValues, unknown, PracticeLocation>({
    ...(location ? { values: location } : {}),
    resolver: locationResolver,
    mode: 'onTouched',
  });
  if (!location) return null;
  const extras: Partial<Record<LocationField, FieldExtras>> = { state: stateExtras(location.state) };
  return (
    <TableFields
      table={locationFieldTable}
      fields={asked(locationFieldTable, locationFields)}
      control={form.control}
      idOf={(f) => `fix-loc-${location.key}-${f}`}
      errorOf={(f) => errorOf(`locations.${index}.${f}`)}
      extras={extras}
      onChange={(f, v) => onChange(['locations', index, f], v)}
      onTouched={() => undefined}
    />
  );
}

/** The user fields the wizard asks for, the password included (never answered back: typed here or kept). */
const userFixFields = asked(userFieldTable, userFields);

export function UserFixFields({
  row,
  index,
  password,
  errorOf,
  onChange,
  onPassword,
}: {
  row: BatchPracticeRow;
  index: number;
  password: string;
  errorOf: ErrorOf;
  onChange: Change;
  onPassword: (key: string, value: string) => void;
}) {
  const user = row.users[index];
  const form = useForm<UserFormValues, unknown, User>({
    ...(user ? { values: { ...user, password } } : {}),
    resolver: userResolver,
    mode: 'onTouched',
  });
  if (!user) return null;
  const extras: Partial<Record<UserField, FieldExtras>> = {
    password: {
      hint: 'Leave empty to keep the password from the file (never shown). With a Login ID, together they are the web login.',
    },
  };
  return (
    <TableFields
      table={userFieldTable}
      fields={userFixFields}
      control={form.control}
      idOf={(f) => `fix-user-${user.key}-${f}`}
      errorOf={(f) => errorOf(`users.${index}.${f}`)}
      extras={extras}
      onChange={(f, v) =>
        f === 'password' ? onPassword(user.key, String(v)) : onChange(['users', index, f], v)
      }
      onTouched={() => undefined}
    />
  );
}
