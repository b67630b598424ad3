import type { ElsewhereCount } from '../../../shared/contract/onboarding';
import { useEnvironments } from '../../stores/environments-store';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 drafts and 1 queued submission in Updox QA": counted only; a way to switch there. */
export const elsewhereWords = (c: ElsewhereCount): string => {
  const parts = [
    c.drafts > 0 ? plural(c.drafts, 'draft') : '',
    c.queued > 0 ? plural(c.queued, 'queued submission') : '',
  ].filter((p) => p !== '');
  const where = c.environmentName || `an environment that was removed (${c.environmentId})`;
  return `${parts.join(' and ')} in ${where}`;
};

export function OtherEnvironmentsNote({ counts }: { counts: readonly ElsewhereCount[] }) {
  const requestSwitch = useEnvironments((s) => s.requestSwitch);
  const shown = counts.filter((c) => c.drafts + c.queued > 0);
  if (shown.length === 0) return null;
  return (
    <aside className="panel elsewhere-note" aria-labelledby="elsewhere-title" data-testid="elsewhere-note">
      <h2 id="elsewhere-title">In other environments</h2>
      <p className="field__hint">
        Drafts and submissions stay in the environment they were made in, and are sent only there. Switch to
        see or continue them.
      </p>
      <ul className="elsewhere-note__list">
        {shown.map((c) => (
          <li key={c.environmentId}>
            <span>{elsewhereWords(c)}</span>
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
