import { useId, useState } from 'react';
import type { DraftSummaryView } from '../../../shared/contract/onboarding';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { ErrorNote } from '../../components/ErrorNote';
import { formatWhen } from '../../components/format-when';
import { useEnvironments } from '../../stores/environments-store';

/**
 * Drafts saved by an earlier version of the app belong to no environment: nothing of them is sent until the person
 * says which environment each was typed for. Nothing was guessed or deleted.
 */
export function UnassignedDrafts({
  drafts,
  onAssigned,
}: {
  drafts: readonly DraftSummaryView[];
  onAssigned: () => void;
}) {
  const list = useEnvironments((s) => s.list);
  const environments = list?.environments ?? [];
  if (drafts.length === 0) return null;
  return (
    <aside
      className="panel unassigned-drafts"
      aria-labelledby="unassigned-title"
      data-testid="unassigned-drafts"
    >
      <h2 id="unassigned-title">
        {drafts.length} draft{drafts.length === 1 ? '' : 's'} from an earlier version
      </h2>
      <p className="field__hint">
        These were saved before each draft kept its Updox environment. Choose the environment each was made
        for; it can be opened and sent only there, and never moves afterwards.
      </p>
      <ul className="unassigned-drafts__list">
        {drafts.map((d) => (
          <UnassignedRow key={d.id} draft={d} environments={environments} onAssigned={onAssigned} />
        ))}
      </ul>
    </aside>
  );
}

function UnassignedRow({
  draft,
  environments,
  onAssigned,
}: {
  draft: DraftSummaryView;
  environments: readonly { id: string; name: string }[];
  onAssigned: () => void;
}) {
  const selectId = useId();
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<AppErrorData | null>(null);
  const name = draft.name.trim() || 'Untitled practice';
  const assign = async () => {
    if (!choice) {
      setError({ kind: 'validation', message: `Environment: choose where ${name} was typed for.` });
      return;
    }
    const r = await api.onboarding.assignDraft({ id: draft.id, environmentId: choice });
    setError(r.ok ? null : r.error);
    if (r.ok) onAssigned();
  };
  return (
    <li>
      <span>
        {draft.kind === 'update' ? `Changes to ${name}` : name}
        <span className="field__hint">
          {draft.accountId ? ` · ${draft.accountId}` : ''} · saved {formatWhen(draft.updatedAt)}
        </span>
      </span>
      <label htmlFor={selectId} className="visually-hidden">
        Environment of {name}
      </label>
      <select id={selectId} value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">Choose an environment…</option>
        {environments.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
      </select>
      <button type="button" className="button" onClick={() => void assign()}>
        Assign {name}
      </button>
      <ErrorNote error={error} />
    </li>
  );
}
