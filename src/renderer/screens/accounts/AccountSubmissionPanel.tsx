import { useEffect, useState } from 'react';
import type { OutboxSummaryView, SubmissionView } from '../../../shared/contract/onboarding';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { confirmWithPerson } from '../../api/confirm';
import { withProductionConfirm } from '../../api/production-confirm';
import { ErrorNote } from '../../components/ErrorNote';
import { formatWhen } from '../../components/format-when';
import { useHealth } from '../../stores/health-store';
import { SubmissionSteps, stepWords } from '../wizard/SubmissionSteps';
import { andList } from '../../../shared/words';

/** What Discard loses, in plain words: the steps not sent, the journal of what was sent; what stays. */
export const discardWarning = (s: SubmissionView, draftKept: boolean): string => {
  const done = s.steps.filter((x) => x.state === 'done').map((x) => stepWords[x.step].toLowerCase());
  const left = s.steps.filter((x) => x.state !== 'done').map((x) => stepWords[x.step].toLowerCase());
  return [
    `The ${andList(left)} of ${s.item.name} will not be sent to Updox, and this computer forgets what this submission already sent.`,
    done.length > 0
      ? `What Updox already saved (${andList(done)}) stays in Updox.`
      : 'Nothing of it reached Updox.',
    draftKept
      ? 'Your draft is kept: resume it to submit again.'
      : 'There is no draft to submit it again from: the typed changes are lost.',
  ].join(' ');
};

/** A failed or queued submission for this account: each step's state, Send again, and Discard (confirmed). */
export function AccountSubmissionPanel(props: {
  outbox: OutboxSummaryView;
  /** A draft for this account is on this computer with this id (null: none). */
  draftId: string | null;
  onChanged: () => void;
}) {
  const { outbox, draftId, onChanged } = props;
  const [submission, setSubmission] = useState<SubmissionView | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void api.onboarding.getOutboxItem({ id: outbox.id }).then((r) => {
      if (!live) return;
      setSubmission(r.ok ? r.data : null);
      setError(r.ok ? null : r.error);
    });
    return () => {
      live = false;
    };
  }, [outbox.id, outbox.updatedAt, outbox.status]);

  const act = async (action: () => Promise<{ ok: boolean; error?: AppErrorData }>) => {
    setBusy(true);
    setError(null);
    const r = await action();
    setBusy(false);
    void useHealth.getState().refresh();
    if (!r.ok && r.error) setError(r.error);
    onChanged();
  };
  const sendAgain = () =>
    act(async () => {
      const r = await withProductionConfirm((c) =>
        api.onboarding.retryOutbox({ id: outbox.id, confirmProduction: c }),
      );
      if (r.ok) setSubmission(r.data);
      return r;
    });
  /** Destructive: asked with a native dialog in the desktop app, the in-app dialog in a browser. */
  const discard = async () => {
    if (!submission) return;
    const sure = await confirmWithPerson({
      kind: 'destructive',
      title: 'Discard this submission?',
      message: discardWarning(submission, draftId === submission.draftId),
      confirmLabel: 'Discard the submission',
      cancelLabel: 'Keep it',
    });
    if (sure) await act(() => api.onboarding.discardOutbox({ id: outbox.id }));
  };

  const failed = outbox.status === 'failed';
  return (
    <section
      className={`note ${failed ? 'note--error' : 'note--warn'} account-submission`}
      aria-labelledby="account-submission-title"
      data-testid="account-submission"
      data-state={outbox.status}
    >
      <h2 id="account-submission-title">
        {failed
          ? 'Failed: the last submission for this account did not completely reach Updox'
          : `Queued: changes saved ${formatWhen(outbox.createdAt)} are waiting to be sent to Updox`}
      </h2>
      {submission ? <SubmissionSteps submission={submission} /> : null}
      <ErrorNote error={error} />
      <div className="account-submission__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void sendAgain()}
        >
          {busy ? 'Sending…' : 'Send again'}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || !submission}
          onClick={() => void discard()}
        >
          Discard
        </button>
        <span className="field__hint">Sending again only sends what is not done yet.</span>
      </div>
    </section>
  );
}
