import type { AppErrorData } from '../../../shared/errors';
import { hrefFor } from '../../stores/route-store';

/**
 * Why Updox's practices could not be listed, said instead of "No practices yet": refused credentials lead to
 * Settings; every other reason offers Retry.
 */
export function ListErrorNote({
  error,
  environmentName,
  onRetry,
}: {
  error: AppErrorData | null;
  environmentName: string;
  onRetry: () => void;
}) {
  if (!error) return null;
  // An Updox code means Updox answered and refused them; no code means there are none to send yet.
  const refused = error.kind === 'auth' && error.code !== undefined;
  const missing = error.kind === 'auth' && error.code === undefined;
  return (
    <div className="note note--error list-error" role="alert" data-testid="accounts-list-error">
      <p>
        {refused
          ? `Updox refused the vendor credentials for ${environmentName}, so its practices cannot be listed. `
          : missing
            ? `${environmentName}'s practices cannot be listed yet. `
            : `The practices of ${environmentName} could not be listed. `}
        {error.message}
      </p>
      <p className="list-error__actions">
        {refused ? <a href={hrefFor('settings')}>Check the credentials in Settings</a> : null}
        {missing ? <a href={hrefFor('settings')}>Add the credentials in Settings</a> : null}
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      </p>
    </div>
  );
}
