import { useEffect } from 'react';
import { api } from '../../api/client';
import { ErrorNote } from '../../components/ErrorNote';
import { useEnvironments } from '../../stores/environments-store';
import { CredentialsForm } from './CredentialsForm';
import { CustomEnvironmentForm } from './CustomEnvironmentForm';
import { EnvironmentKindBadge } from './EnvironmentKindBadge';

export function EnvironmentsPanel() {
  const { list, error, load, apply, requestSwitch } = useEnvironments();
  useEffect(() => void load(), [load]);
  return (
    <section className="panel" aria-labelledby="env-title">
      <h2 id="env-title">Updox environments</h2>
      <p className="field__hint">
        The Sandbox is built in and needs no Updox credentials. For Updox QA and Production, add the vendor
        credentials (application ID and password) your Updox partner manager gave you.
      </p>
      <ErrorNote error={error} />
      {list ? (
        <fieldset className="env-list">
          <legend>Active environment</legend>
          {list.environments.map((env) => (
            <div key={env.id} className="env" data-testid={`env-${env.id}`} data-kind={env.kind}>
              <div className="env__head">
                <label className="env__choice">
                  <input
                    type="radio"
                    name="active-environment"
                    checked={env.active}
                    onChange={() => void requestSwitch(env.id)}
                  />
                  <span className="env__name">{env.name}</span>
                </label>
                <EnvironmentKindBadge kind={env.kind} />
                {env.apiBase ? <code className="env__base">{env.apiBase}</code> : null}
                {env.kind === 'custom' ? (
                  <button
                    type="button"
                    className="button"
                    onClick={() => void apply(api.environments.remove({ id: env.id }))}
                  >
                    Remove {env.name}
                  </button>
                ) : null}
              </div>
              <CredentialsForm environment={env} />
            </div>
          ))}
        </fieldset>
      ) : null}
      <CustomEnvironmentForm />
    </section>
  );
}
