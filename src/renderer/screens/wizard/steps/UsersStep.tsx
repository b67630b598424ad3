import { focusSoon } from '../focus';
import { emptyUserRow, newKey } from '../wizard-model';
import type { StepProps } from '../step-props';
import { ExistingUsers } from './ExistingUsers';
import { UserFields } from './UserFields';

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
        const name = `${user.firstName} ${user.lastName}`.trim() || `User ${index + 1}`;
        const existing = user.existing === true;
        return (
          <section key={user.key} className="wizard__card" aria-label={name} data-testid={`user-${index}`}>
            <h3>
              {name}
              {existing ? <span className="badge badge--neutral">Changing a user in Updox</span> : null}
            </h3>
            <UserFields
              user={user}
              index={index}
              password={passwords[user.key] ?? ''}
              passwordSaved={passwordsSaved.includes(user.key) && !passwords[user.key]}
              errorOf={errorOf}
              touch={touch}
              setUser={setUser}
              setPassword={setPassword}
            />
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
