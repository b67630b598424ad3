import type { StepResult, SubmissionView } from '../../../shared/contract/onboarding';
import { hrefFor } from '../../stores/route-store';

const stepWords = { practice: 'Practice', locations: 'Locations', users: 'Users' } as const;

function Results({ title, rows }: { title: string; rows: StepResult[] }) {
  if (rows.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul data-testid={`results-${title.toLowerCase()}`}>
        {rows.map((r) => (
          <li key={r.label}>
            <span className={`badge ${r.success ? 'badge--ok' : 'badge--red'}`}>
              {r.success ? 'Saved' : 'Refused'}
            </span>{' '}
            {r.label}
            {r.success ? '' : `: ${r.message}`}
          </li>
        ))}
      </ul>
    </>
  );
}

/** What happened to a submission, in plain words, with what the person can do next. */
export function SubmissionPanel(props: {
  submission: SubmissionView;
  busy: boolean;
  onRetry: () => void;
  onDiscard: () => void;
  onConvert: () => void;
}) {
  const { submission, busy } = props;
  const { item } = submission;
  const error = item.lastError;
  const heading =
    submission.state === 'synced'
      ? `Synced: ${item.name} is in Updox.`
      : submission.state === 'queued'
        ? `Queued: ${item.name} will be sent when Updox can be reached.`
        : `Failed: ${item.name} was not completely sent.`;
  const cls =
    submission.state === 'synced' ? 'note--ok' : submission.state === 'queued' ? 'note--warn' : 'note--error';
  return (
    <section
      className={`note ${cls} wizard__submission`}
      aria-label="Submission"
      data-testid="submission"
      data-state={submission.state}
    >
      <p role="status">
        <strong>{heading}</strong>
      </p>
      <p>
        Done:{' '}
        {item.completedSteps.length === 0
          ? 'nothing yet'
          : item.completedSteps.map((s) => stepWords[s]).join(', ')}
        {submission.state !== 'synced' ? '. Sending again only sends what is left.' : '.'}
      </p>
      {error && submission.state !== 'synced' ? (
        <p role={submission.state === 'failed' ? 'alert' : undefined} data-testid="submission-error">
          {error.message}
        </p>
      ) : null}
      <Results title="Locations" rows={submission.locations} />
      <Results title="Users" rows={submission.users} />
      <div className="wizard__actions">
        {submission.state === 'synced' ? (
          <a className="button button--primary" href={hrefFor('accounts', item.accountId)}>
            Open {item.name}
          </a>
        ) : (
          <>
            <button type="button" className="button button--primary" disabled={busy} onClick={props.onRetry}>
              {submission.state === 'queued' ? 'Send now' : 'Retry'}
            </button>
            <button type="button" className="button" disabled={busy} onClick={props.onDiscard}>
              Discard from outbox
            </button>
          </>
        )}
        {error?.code === 4130 && submission.state === 'failed' ? (
          <button type="button" className="button" disabled={busy} onClick={props.onConvert}>
            Open account {item.accountId} and review an update instead
          </button>
        ) : null}
        {error?.kind === 'auth' ? (
          <a className="button" href={hrefFor('settings')}>
            Check the credentials in Settings
          </a>
        ) : null}
      </div>
    </section>
  );
}
