import { useEnvironments } from '../stores/environments-store';
import './other-environments-note.css';

/** What another environment holds, in words ("2 drafts and 1 queued submission"): counted, never listed. */
export interface ElsewhereItem {
  readonly environmentId: string;
  /** The environment's name, or '' when it was removed in Settings. */
  readonly environmentName: string;
  readonly words: string;
}

/**
 * The environment wall on a screen: what other environments hold is counted here, with a way to switch there,
 * and never shown or sent from this one.
 */
export function OtherEnvironmentsNote({ items, hint }: { items: readonly ElsewhereItem[]; hint: string }) {
  const requestSwitch = useEnvironments((s) => s.requestSwitch);
  if (items.length === 0) return null;
  return (
    <aside className="panel elsewhere-note" aria-labelledby="elsewhere-title" data-testid="elsewhere-note">
      <h2 id="elsewhere-title">In other environments</h2>
      <p className="field__hint">{hint}</p>
      <ul className="elsewhere-note__list">
        {items.map((c) => (
          <li key={c.environmentId}>
            <span>
              {c.words} in {c.environmentName || `an environment that was removed (${c.environmentId})`}
            </span>
            {c.environmentName ? (
              <button type="button" className="button" onClick={() => void requestSwitch(c.environmentId)}>
                Switch to {c.environmentName}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </aside>
  );
}
