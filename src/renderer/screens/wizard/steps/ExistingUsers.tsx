import type { DraftUser, WizardDraftData } from '../../../../shared/contract/onboarding';
import { userLabels as L } from '../../../../shared/domain/labels';

const yesNo = (flag: boolean) => (flag ? 'Yes' : 'No');

/**
 * An edit's "Already in Updox" list: the account's users as UserList gave them when the edit began, read-only.
 * They are not sent again; Change copies one into the editable users below (sent only if something differs).
 */
export function ExistingUsers({
  data,
  onChange,
}: {
  data: WizardDraftData;
  onChange: (user: DraftUser) => void;
}) {
  const users = data.baseline?.users;
  if (users === undefined) {
    return (
      <p className="note note--warn" data-testid="existing-users-unknown">
        The users already in this account could not be read from Updox when this edit began, so they are not
        shown. Users added here are sent with UserSave.
      </p>
    );
  }
  const changing = (u: DraftUser) => data.users.some((row) => row.existing && row.userId === u.userId);
  return (
    <section className="wizard__card" aria-labelledby="existing-users-title" data-testid="existing-users">
      <h3 id="existing-users-title">Already in Updox ({users.length})</h3>
      {users.length === 0 ? (
        <p className="empty">This account has no users yet.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Users already in Updox</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">{L.userId}</th>
              <th scope="col">{L.loginId}</th>
              <th scope="col">{L.provider}</th>
              <th scope="col">{L.admin}</th>
              <th scope="col">{L.active}</th>
              <th scope="col">
                <span className="visually-hidden">Change</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => {
              const name = `${u.firstName} ${u.lastName}`.trim() || u.userId;
              return (
                <tr key={u.key}>
                  <td>{name}</td>
                  <td>{u.userId}</td>
                  <td>{u.loginId}</td>
                  <td>{yesNo(u.provider)}</td>
                  <td>{yesNo(u.admin)}</td>
                  <td>{yesNo(u.active)}</td>
                  <td>
                    {changing(u) ? (
                      <span className="badge badge--amber">Changing below</span>
                    ) : (
                      <button type="button" className="button" onClick={() => onChange(u)}>
                        Change {name}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p className="field__hint">
        These users are not sent again. Only users you add or change here are sent.
      </p>
    </section>
  );
}
