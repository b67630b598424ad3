import { useId, useState } from 'react';
import type { CopyResult } from '../../../shared/contract/onboarding';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { ErrorNote } from '../../components/ErrorNote';
import { useEnvironments } from '../../stores/environments-store';
import { useHealth } from '../../stores/health-store';
import { hrefFor } from '../../stores/route-store';

const tone = {
  free: 'note--ok',
  taken: 'note--error',
  invalid: 'note--error',
  unknown: 'note--warn',
} as const;

/**
 * "Copy to another environment": a new draft in the target, built from this environment's record (practice,
 * locations, users without passwords). It is read here only; the copy is checked against the target and sent from
 * the target's own screens, never from here, and this account is never written.
 */
export function CopyToEnvironmentPanel({ accountId }: { accountId: string }) {
  const selectId = useId();
  const list = useEnvironments((s) => s.list);
  const environments = list?.environments ?? [];
  const requestSwitch = useEnvironments((s) => s.requestSwitch);
  const activeId = useHealth((s) => s.health?.environment.id);
  const [target, setTarget] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [copy, setCopy] = useState<CopyResult | null>(null);
  const others = environments.filter((e) => !e.active);

  const make = async () => {
    if (!target) {
      setError({ kind: 'validation', message: 'Copy to: choose the environment to copy this practice to.' });
      return;
    }
    setBusy(true);
    const r = await api.onboarding.copyToEnvironment({ accountId, targetEnvironmentId: target });
    setBusy(false);
    setError(r.ok ? null : r.error);
    setCopy(r.ok ? r.data : null);
  };

  return (
    <section className="panel copy-panel" aria-labelledby="copy-title" data-testid="copy-panel">
      <h2 id="copy-title">Copy to another environment</h2>
      {copy ? (
        <>
          <p role="status">
            A draft of this practice was made in <strong>{copy.environmentName}</strong>: its locations and
            users, without passwords (you type them there). Nothing was sent, and this account is unchanged.
          </p>
          <p className={`note ${tone[copy.accountId.status]}`} data-testid="copy-account-check">
            In {copy.environmentName}: {copy.accountId.message}
          </p>
          <p className={`note ${tone[copy.portalAddress.status]}`}>
            Portal web address in {copy.environmentName}: {copy.portalAddress.message}
          </p>
          <p className={`note ${copy.partnerGaps.length === 0 ? 'note--ok' : 'note--warn'}`}>
            {copy.partnerGaps.length === 0
              ? `${copy.environmentName}'s partner business details are complete for SMS.`
              : `${copy.environmentName}'s partner business details are not complete: ${copy.partnerGaps.join(' ')}`}
          </p>
          {activeId === copy.environmentId ? (
            <a className="button button--primary" href={hrefFor('new', copy.draftId)}>
              Open the copy in {copy.environmentName}
            </a>
          ) : (
            <button
              type="button"
              className="button button--primary"
              onClick={() => void requestSwitch(copy.environmentId)}
            >
              Switch to {copy.environmentName} to review and send it
            </button>
          )}{' '}
          <button type="button" className="button" onClick={() => setCopy(null)}>
            Make another copy
          </button>
        </>
      ) : (
        <div className="copy-panel__form">
          <label htmlFor={selectId}>Copy to</label>
          <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">Choose an environment…</option>
            {others.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={() => void make()} disabled={busy}>
            {busy ? 'Copying…' : 'Make a draft there'}
          </button>
        </div>
      )}
      <ErrorNote error={error} />
    </section>
  );
}
