import type { LocationView } from '../../../shared/contract/practice-view';
import type { AppErrorData } from '../../../shared/errors';
import { formatUsPhone } from '../../../shared/domain/field-rules/phone';
import { formatZip } from '../../../shared/domain/field-rules/zip';
import { locationLabels as L } from '../../../shared/domain/labels';
import { ErrorNote } from '../../components/ErrorNote';

const address = (l: LocationView): string => {
  const cityLine = [l.city, [l.state, l.postal === '' ? '' : formatZip(l.postal)].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return [l.address1, l.address2, cityLine].filter((part) => part !== '').join(', ');
};

/** The account's locations as PracticeLocationsRetrieve lists them (inactive ones too). */
export function AccountLocationsPanel({
  locations,
  error,
  offline,
}: {
  locations: readonly LocationView[] | null;
  error: AppErrorData | null;
  offline: boolean;
}) {
  return (
    <section className="panel account-locations" aria-labelledby="account-locations-title">
      <h2 id="account-locations-title">Locations{locations ? ` (${locations.length})` : ''}</h2>
      <ErrorNote error={error} />
      {offline ? <p className="empty">The locations are shown once Updox can be reached again.</p> : null}
      {locations && locations.length === 0 ? <p className="empty">This account has no locations.</p> : null}
      {locations && locations.length > 0 ? (
        <table className="table" aria-labelledby="account-locations-title" data-testid="account-locations">
          <thead>
            <tr>
              <th scope="col">{L.name}</th>
              <th scope="col">{L.code}</th>
              <th scope="col">Address</th>
              <th scope="col">{L.phone}</th>
              <th scope="col">{L.active}</th>
            </tr>
          </thead>
          <tbody>
            {locations.map((l) => (
              <tr key={l.updoxId}>
                <td>{l.name === '' ? '(no name)' : l.name}</td>
                <td>
                  <code>{l.code}</code>
                </td>
                <td>{address(l) || '(blank)'}</td>
                <td>{l.phone === '' ? '(blank)' : formatUsPhone(l.phone)}</td>
                <td>{l.active ? 'Yes' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
