import { useEffect, useState } from 'react';
import type { SubmissionView } from '../../../shared/contract/onboarding';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { withProductionConfirm } from '../../api/production-confirm';
import { useHealth } from '../../stores/health-store';

const POLL_MS = 2_500;

/** Submit, retry, discard and convert, and the latest submission (polled while it is queued). */
export function useSubmission(draftId: string, initial: SubmissionView | null) {
  const [submission, setSubmission] = useState<SubmissionView | null>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);

  useEffect(() => {
    if (submission?.state !== 'queued') return;
    const timer = window.setInterval(async () => {
      const r = await api.onboarding.getSubmission({ id: draftId });
      if (r.ok && r.data && r.data.state !== 'queued') {
        setSubmission(r.data);
        void useHealth.getState().refresh();
      }
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [draftId, submission?.state]);

  const run = async (
    action: () => Promise<{ ok: true; data: SubmissionView } | { ok: false; error: AppErrorData }>,
  ) => {
    setBusy(true);
    setError(null);
    const r = await action();
    setBusy(false);
    void useHealth.getState().refresh();
    if (!r.ok) {
      setError(r.error);
      return { error: r.error };
    }
    setSubmission(r.data);
    return { submission: r.data };
  };

  return {
    submission,
    busy,
    error,
    submit: (confirmDeactivate: boolean) =>
      run(() =>
        withProductionConfirm((confirmProduction) =>
          api.onboarding.submit({
            id: draftId,
            confirmProduction,
            ...(confirmDeactivate ? { confirmDeactivate } : {}),
          }),
        ),
      ),
    retry: () =>
      submission
        ? run(() =>
            withProductionConfirm((c) =>
              api.onboarding.retryOutbox({ id: submission.item.id, confirmProduction: c }),
            ),
          )
        : Promise.resolve({}),
    /** Hide a failure the person is fixing (the field it named changed); the next send replaces it. */
    hideFailure() {
      setSubmission((s) => (s?.state === 'failed' ? null : s));
    },
    async discard() {
      if (!submission) return;
      setBusy(true);
      const r = await api.onboarding.discardOutbox({ id: submission.item.id });
      setBusy(false);
      void useHealth.getState().refresh();
      if (r.ok) setSubmission(null);
      else setError(r.error);
    },
    async convert(): Promise<boolean> {
      setBusy(true);
      const r = await api.onboarding.convertToUpdate({ id: draftId });
      setBusy(false);
      if (!r.ok) setError(r.error);
      return r.ok;
    },
  };
}
