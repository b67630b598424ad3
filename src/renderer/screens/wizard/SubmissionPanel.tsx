import type { SubmissionView } from '../../../shared/contract/onboarding';
import { hrefFor } from '../../stores/route-store';
import { SubmissionSteps } from './SubmissionSteps';

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
      {error && submission.state !== 'synced' ? (
        <p role={submission.state === 'failed' ? 'alert' : undefined} data-testid="submission-error">
          {error.message}
        </p>
      ) : null}
      <SubmissionSteps submission={submission} />
      {submission.state !== 'synced' ? <p>Sending again only sends what is not done yet.</p> : null}
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
