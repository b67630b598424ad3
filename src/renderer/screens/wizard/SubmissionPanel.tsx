import type { SubmissionView } from '../../../shared/contract/onboarding';
import { useEnvironments } from '../../stores/environments-store';
import { hrefFor } from '../../stores/route-store';
import { fixWordsOf } from './ConflictNote';
import { SubmissionSteps } from './SubmissionSteps';
import { conflictFieldOf, submissionHeadline } from './submission-words';

/** What happened to a submission, with what the person can do next. */
export function SubmissionPanel(props: {
  submission: SubmissionView;
  kind: 'create' | 'update';
  busy: boolean;
  /** Queued: send it now. Failed: send the form as it is now. */
  onSend: () => void;
  /** Go to a field the failure names. */
  onFix?: (path: string) => void;
  onDiscard: () => void;
  onConvert: () => void;
}) {
  const { submission, busy, kind, onFix } = props;
  const { item } = submission;
  const environmentName = useEnvironments(
    (s) => s.list?.environments.find((e) => e.id === item.environmentId)?.name ?? 'its environment',
  );
  const error = item.lastError;
  const failed = submission.state === 'failed';
  const field = failed ? conflictFieldOf(submission) : undefined;
  const cls =
    submission.state === 'synced' ? 'note--ok' : submission.state === 'queued' ? 'note--warn' : 'note--error';
  const sendWords =
    submission.state === 'queued' ? 'Send now' : kind === 'update' ? 'Save changes' : 'Create practice';
  return (
    <section
      className={`note ${cls} wizard__submission`}
      aria-label="Submission"
      data-testid="submission"
      data-state={submission.state}
      tabIndex={-1}
    >
      <p role={failed ? 'alert' : 'status'}>
        <strong data-testid="submission-headline">
          {submissionHeadline(submission, kind, environmentName)}
        </strong>
      </p>
      {item.confirmedForProduction && submission.state !== 'synced' ? (
        <p data-testid="submission-production">
          Confirmed for Production when you submitted it: it is sent there, and only there, without asking
          again.
        </p>
      ) : null}
      {/* Said once: the failed step carries Updox's message; otherwise it is said here. */}
      {error && failed && !submission.steps.some((st) => st.message === error.message) ? (
        <p data-testid="submission-error">{error.message}</p>
      ) : null}
      <SubmissionSteps submission={submission} />
      {failed && item.completedSteps.length > 0 ? (
        <p>Sending again only sends what is not done yet.</p>
      ) : null}
      <div className="wizard__actions">
        {submission.state === 'synced' ? (
          <>
            <a className="button button--primary" href={hrefFor('accounts', item.accountId)}>
              Open {item.name}
            </a>
            {kind === 'create' ? (
              <a className="button" href={hrefFor('new')} data-testid="start-another">
                Start another practice
              </a>
            ) : null}
          </>
        ) : field && onFix ? (
          <button type="button" className="button button--primary" onClick={() => onFix(field)}>
            {fixWordsOf(field)}
          </button>
        ) : (
          <>
            <button type="button" className="button button--primary" disabled={busy} onClick={props.onSend}>
              {busy ? 'Sending…' : sendWords}
            </button>
            <button type="button" className="button" disabled={busy} onClick={props.onDiscard}>
              {submission.state === 'queued' ? 'Do not send (keep the draft)' : 'Dismiss'}
            </button>
          </>
        )}
        {error?.code === 4130 && failed ? (
          <button type="button" className="button" disabled={busy} onClick={props.onConvert}>
            Update the practice {item.accountId} instead
          </button>
        ) : null}
        {error?.kind === 'auth' ? (
          <a className="button" href={hrefFor('settings')}>
            Check the credentials in Settings
          </a>
        ) : null}
      </div>
      {error?.code === 4130 && failed ? (
        <p className="field__hint">
          Only if {item.accountId} is this same practice: updating it changes the practice Updox already holds
          under that ID, with your details.
        </p>
      ) : null}
    </section>
  );
}
