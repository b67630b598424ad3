import { userLabels as L } from '../../../../shared/domain/labels';
import { CheckField, TextField } from '../../../components/form/FieldControls';
import { focusSoon } from '../focus';
import { emptyUserRow, newKey } from '../wizard-model';
import type { StepProps } from '../step-props';
import { ExistingUsers } from './ExistingUsers';

type TextKey = 'firstName' | 'lastName' | 'userId' | 'loginId';

/**
 * Step 6: at least one user (an Updox account needs one to authenticate); passwords go to main's vault. On an edit,
 * the account's users are listed read-only above; changing one copies it here (its User ID fixed, the password
 * optional: blank keeps the current one).
 */
export function UsersStep(props: StepProps) {
  const { data, kind, errorOf, touch, setUser, setData, passwords, passwordsSaved, setPassword } = props;
  const remove = (key: string) => setData((d) => ({ ...d, users: d.users.filter((u) => u.key !== key) }));
  const add = () => {
    const row = emptyUserRow();
    setData((d) => ({ ...d, users: [...d.users, row] }));
    focusSoon(`#user-${row.key}-firstName`);
  };
  const change = (u: (typeof data.users)[number]) =>
    setData((d) => ({ ...d, users: [...d.users, { ...u, key: newKey(), existing: true }] }));
  return (
    <>
      <p className="field__hint">
        {kind === 'create'
          ? 'An Updox account needs at least one user to sign in with.'
          : 'Users added or changed here are sent to this account with UserSave.'}
      </p>
      {kind === 'update' ? <ExistingUsers data={data} onChange={change} /> : null}
      {errorOf('users') ? (
        <p className="note note--error" role="alert">
          {errorOf('users')}
        </p>
      ) : null}
      {data.users.map((user, index) => {
        const path = (f: string) => `users.${index}.${f}`;
        const name = `${user.firstName} ${user.lastName}`.trim() || `User ${index + 1}`;
        const existing = user.existing === true;
        const text = (field: TextKey, required = false, hint?: string) => (
          <TextField
            id={`user-${user.key}-${field}`}
            label={L[field]}
            required={required}
            {...(hint ? { hint } : {})}
            value={user[field]}
            onChange={(v) => setUser(index, field, v)}
            onBlur={() => touch(path(field))}
            error={errorOf(path(field))}
          />
        );
        const saved = passwordsSaved.includes(user.key) && !passwords[user.key];
        return (
          <section key={user.key} className="wizard__card" aria-label={name} data-testid={`user-${index}`}>
            <h3>
              {name}
              {existing ? <span className="badge badge--neutral">Changing a user in Updox</span> : null}
            </h3>
            <div className="wizard__row">
              {text('firstName', true)}
              {text('lastName', true)}
            </div>
            <div className="wizard__row">
              {existing ? (
                <p className="field" data-testid={`user-${index}-fixed-id`}>
                  <span>{L.userId}</span> <strong>{user.userId}</strong>
                </p>
              ) : (
                text('userId', true)
              )}
              {text(
                'loginId',
                false,
                existing
                  ? undefined
                  : 'The web login, with the Password. Leave both empty for a user without a web login: it authenticates API calls only.',
              )}
            </div>
            <TextField
              id={`user-${user.key}-password`}
              label={L.password}
              type="password"
              autoComplete="new-password"
              required={!existing}
              value={passwords[user.key] ?? ''}
              onChange={(v) => setPassword(user.key, v)}
              onBlur={() => touch(path('password'))}
              error={errorOf(path('password'))}
              hint={
                saved
                  ? 'A password is saved securely for this user. Type a new one to replace it.'
                  : existing
                    ? 'Leave blank to keep the current password. A new one needs 8 to 30 characters with an upper-case letter, a lower-case letter, and a number or special character.'
                    : 'Needed with a Login ID: 8 to 30 characters with an upper-case letter, a lower-case letter, and a number or special character. Kept in the app’s vault, never in the draft.'
              }
            />
            <div className="wizard__row">
              <CheckField
                id={`user-${user.key}-provider`}
                label={L.provider}
                checked={user.provider}
                onChange={(v) => setUser(index, 'provider', v)}
              />
              <CheckField
                id={`user-${user.key}-admin`}
                label={L.admin}
                checked={user.admin}
                onChange={(v) => setUser(index, 'admin', v)}
              />
            </div>
            {data.users.length > 1 || kind === 'update' ? (
              <button type="button" className="button" onClick={() => remove(user.key)}>
                {existing ? `Undo the changes to ${name}` : `Remove ${name}`}
              </button>
            ) : null}
          </section>
        );
      })}
      <button type="button" className="button" onClick={add}>
        Add a user
      </button>
    </>
  );
}
