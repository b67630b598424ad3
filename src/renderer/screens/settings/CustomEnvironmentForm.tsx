import { useState, type FormEvent } from 'react';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { useEnvironments } from '../../stores/environments-store';

export function CustomEnvironmentForm() {
  const apply = useEnvironments((s) => s.apply);
  const [name, setName] = useState('');
  const [apiBase, setApiBase] = useState('');
  const [error, setError] = useState<AppErrorData | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const err = await apply(api.environments.addCustom({ name, apiBase }));
    setError(err);
    if (!err) {
      setName('');
      setApiBase('');
    }
  };
  return (
    <form className="custom-env" onSubmit={(e) => void submit(e)} aria-labelledby="custom-env-title">
      <h3 id="custom-env-title">Add a custom environment</h3>
      <div className="credentials__row">
        <div className="field">
          <label htmlFor="custom-env-name">Name</label>
          <input id="custom-env-name" value={name} onChange={(e) => setName(e.target.value)} />
          {error?.fields?.name ? <span className="field__error">{error.fields.name}</span> : null}
        </div>
        <div className="field">
          <label htmlFor="custom-env-base">Base URL</label>
          <input
            id="custom-env-base"
            placeholder="https://updoxqa.com/api/io/"
            value={apiBase}
            onChange={(e) => setApiBase(e.target.value)}
            aria-describedby="custom-env-base-hint"
          />
          <span id="custom-env-base-hint" className="field__hint">
            The IO API address, ending in /api/io/.
          </span>
          {error?.fields?.apiBase ? <span className="field__error">{error.fields.apiBase}</span> : null}
        </div>
      </div>
      {error && !error.fields ? (
        <p className="note note--error" role="alert">
          {error.message}
        </p>
      ) : null}
      <button type="submit" className="button">
        Add environment
      </button>
    </form>
  );
}
