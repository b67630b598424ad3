import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SubmissionView } from '../../../shared/contract/onboarding';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { withProductionConfirm } from '../../api/production-confirm';
import { answerOf, keys } from '../../api/query-client';

/**
 * Submit, retry, discard and convert, and the latest submission: what the draft came with, then each answer and
 * main's submission events (queued, a step done, synced, failed), kept in the query cache. Nothing polls.
 */
export function useSubmission(draftId: string, initial: SubmissionView | null) {
  const queries = useQueryClient();
  const key = keys.submission(draftId);
  const { data } = useQuery({
    queryKey: key,
    queryFn: () => answerOf(api.onboarding.getSubmission({ id: draftId })),
    initialData: initial,
    staleTime: Infinity,
  });
  const submission = data ?? null;
  const setSubmission = (
    next: SubmissionView | null | ((s: SubmissionView | null) => SubmissionView | null),
  ) =>
    queries.setQueryData<SubmissionView | null>(key, (old) =>
      typeof next === 'function' ? next(old ?? null) : next,
    );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);

  const run = async (
    action: () => Promise<{ ok: true; data: SubmissionView } | { ok: false; error: AppErrorData }>,
  ) => {
    setBusy(true);
    setError(null);
    const r = await action();
    setBusy(false);
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
