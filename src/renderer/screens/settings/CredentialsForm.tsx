import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { CredentialStatus, EnvironmentView } from '../../../shared/contract/environments';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { useEnvironments } from '../../stores/environments-store';
import { formatWhen } from '../../components/format-when';

/** Save, test or forget one environment's vendor credentials. The password never comes back from main. */
export function CredentialsForm({ environment }: { environment: EnvironmentView }) {
  const id = useId();
  const load = useEnvironments((s) => s.load);
  const [applicationId, setApplicationId] = useState('');
  const [password, setPassword] = useState('');
  const [acceptWeak, setAcceptWeak] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const run = async <T extends CredentialStatus>(
    action: () => Promise<{ ok: true; data: T } | { ok: false; error: AppErrorData }>,
    done: string | ((data: T) => string),
    keepTyped = false,
  ) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    const r = await action();
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setNotice(typeof done === 'string' ? done : done(r.data));
    if (!keepTyped) setPassword('');
    await load();
  };

  // "Test credentials" tests what is typed when anything is (without saving it), else the saved ones.
  const typed = password !== '';
  const test = () =>
    void run(
      () =>
        api.credentials.test({
          environmentId: environment.id,
          ...(typed ? { applicationId, applicationPassword: password } : {}),
        }),
      (data) =>
        data.tested === 'typed'
          ? 'Updox accepted the credentials you typed. They are not saved yet: choose Save credentials to use them.'
          : 'Updox accepted the saved credentials.',
      true,
    );

  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(
      () =>
        api.credentials.save({
          environmentId: environment.id,
          applicationId,
          applicationPassword: password,
          ...(acceptWeak ? { acceptWeakStorage: true } : {}),
        }),
      'Credentials saved. Test them to check Updox accepts them.',
    );
  };
  const status = environment.credentials;
  const fieldError = (name: string) => error?.fields?.[name];

  return (
    <form className="credentials" onSubmit={save} aria-label={`Credentials for ${environment.name}`}>
      <p className="credentials__status" data-testid={`cred-status-${environment.id}`}>
        {status.set
          ? `Credentials saved ${formatWhen(status.savedAt)}${status.verifiedAt ? ` · verified ${formatWhen(status.verifiedAt)}` : ' · not verified yet'}`
          : status.builtIn
            ? `Using the built-in sandbox credentials${status.verifiedAt ? ` · verified ${formatWhen(status.verifiedAt)}` : ''}`
            : 'No credentials yet'}
      </p>
      <OptionalFor sandbox={environment.kind === 'sandbox' && !status.set}>
        <div className="credentials__row">
          <div className="field">
            <label htmlFor={`${id}-app`}>Application ID</label>
            <input
              id={`${id}-app`}
              autoComplete="off"
              value={applicationId}
              onChange={(e) => setApplicationId(e.target.value)}
              aria-invalid={fieldError('applicationId') ? true : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-pw`}>Application password</label>
            <input
              id={`${id}-pw`}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={fieldError('applicationPassword') ? true : undefined}
            />
          </div>
        </div>
        {fieldError('acceptWeakStorage') ? (
          <label className="credentials__weak">
            <input type="checkbox" checked={acceptWeak} onChange={(e) => setAcceptWeak(e.target.checked)} />{' '}
            Store them anyway, with weak protection
          </label>
        ) : null}
        <button type="submit" className="button" disabled={busy}>
          Save credentials
        </button>
      </OptionalFor>
      <div className="credentials__actions">
        <button
          type="button"
          className="button"
          disabled={busy || (!status.set && !status.builtIn && !typed)}
          onClick={test}
        >
          {typed ? 'Test typed credentials' : 'Test credentials'}
        </button>
        {status.set ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void run(() => api.credentials.clear({ environmentId: environment.id }), 'Credentials removed.')
            }
          >
            Forget credentials
          </button>
        ) : null}
      </div>
      <div aria-live="polite">
        {notice ? <p className="note note--ok">{notice}</p> : null}
        {error ? (
          <p className="note note--error" role="alert">
            {error.fields && Object.keys(error.fields).length > 0
              ? Object.values(error.fields).join(' ')
              : error.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}

/** The built-in sandbox needs no credentials: its fields stay folded away until someone wants other ones. */
function OptionalFor({ sandbox, children }: { sandbox: boolean; children: ReactNode }) {
  if (!sandbox) return <div className="credentials__inputs">{children}</div>;
  return (
    <details className="credentials__inputs">
      <summary>Use other sandbox credentials</summary>
      {children}
    </details>
  );
}
