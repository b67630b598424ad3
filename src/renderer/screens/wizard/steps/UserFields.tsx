import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { DraftUser } from '../../../../shared/contract/onboarding';
import { userFieldTable, userFields, type UserField } from '../../../../shared/domain/fields/user-fields';
import { userLabels } from '../../../../shared/domain/labels';
import { userFormSchema, type User, type UserFormValues } from '../../../../shared/domain/user';
import type { FieldExtras } from '../../../components/form/FormField';
import { TableFields } from '../../../components/form/TableFields';
import type { StepProps } from '../step-props';

/** A user's rules, run by react-hook-form on the fields it holds. */
const userResolver = zodResolver(userFormSchema);

/** The user fields the Users step asks for, in table order. */
const stepFields = userFields.filter((f) => userFieldTable[f].step !== null);

/**
 * One user's fields, generated from the user field table. The password is not part of the draft: it goes to
 * main's vault (`setPassword`). A user already in Updox keeps its User ID (shown, not editable) and may keep its
 * password (blank).
 */
export function UserFields({
  user,
  index,
  password,
  passwordSaved,
  errorOf,
  touch,
  setUser,
  setPassword,
}: {
  user: DraftUser;
  index: number;
  password: string;
  passwordSaved: boolean;
} & Pick<StepProps, 'errorOf' | 'touch' | 'setUser' | 'setPassword'>) {
  const form = useForm<UserFormValues, unknown, User>({
    values: { ...user, password },
    resolver: userResolver,
    mode: 'onTouched',
  });
  const existing = user.existing === true;
  const path = (f: string) => `users.${index}.${f}`;
  const extras: Partial<Record<UserField, FieldExtras>> = {
    ...(existing ? { loginId: { hint: '' } } : {}),
    password: passwordSaved
      ? { hint: 'A password is saved securely for this user. Type a new one to replace it.' }
      : existing
        ? {
            hint: 'Leave blank to keep the current password. A new one needs 8 to 30 characters with an upper-case letter, a lower-case letter, and a number or special character.',
          }
        : {},
  };
  const fields = existing ? stepFields.filter((f) => f !== 'userId') : stepFields;
  return (
    <>
      {existing ? (
        <p className="field" data-testid={`user-${index}-fixed-id`}>
          <span>{userLabels.userId}</span> <strong>{user.userId}</strong>
        </p>
      ) : null}
      <TableFields
        table={userFieldTable}
        fields={fields}
        control={form.control}
        idOf={(field) => `user-${user.key}-${field}`}
        errorOf={(field) => errorOf(path(field))}
        extras={extras}
        onChange={(field, value) =>
          field === 'password' ? setPassword(user.key, String(value)) : setUser(index, field, value)
        }
        onTouched={(field) => touch(path(field))}
      />
    </>
  );
}
