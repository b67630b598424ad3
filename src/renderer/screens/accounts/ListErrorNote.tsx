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
  return (
    <div className="note note--error list-error" role="alert" data-testid="accounts-list-error">
      <p>
        {error.kind === 'auth'
          ? `Updox refused the vendor credentials for ${environmentName}, so its practices cannot be listed. `
          : `The practices of ${environmentName} could not be listed. `}
        {error.message}
      </p>
      <p className="list-error__actions">
        {error.kind === 'auth' ? <a href={hrefFor('settings')}>Check the credentials in Settings</a> : null}
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      </p>
    </div>
  );
}
