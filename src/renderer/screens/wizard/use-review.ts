import { useEffect, useState } from 'react';
import type { ReviewView } from '../../../shared/contract/onboarding';
import { api } from '../../api/client';
import type { useAutosave } from './use-autosave';

/** What main says of the draft on arriving at Review (step 7), fetched once the draft is flushed. */
export function useReview(draftId: string, step: number, autosave: ReturnType<typeof useAutosave>) {
  const [review, setReview] = useState<ReviewView | null>(null);
  useEffect(() => {
    if (step !== 7) return;
    let live = true;
    void autosave.flush().then(async () => {
      const r = await api.onboarding.review({ id: draftId });
      if (live && r.ok) setReview(r.data);
    });
    return () => {
      live = false;
    };
    // Review is fetched on arriving at step 7 (after the draft is flushed).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step, draftId]);
  return review;
}
