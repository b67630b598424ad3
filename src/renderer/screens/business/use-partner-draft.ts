import { useCallback } from 'react';
import type { PartnerDraftValues } from '../../../shared/contract/business';
import { api } from '../../api/client';
import { useDebouncedSave, type SaveOutcome } from '../../components/form/use-debounced-save';

export const PARTNER_DRAFT_DELAY_MS = 400;

/**
 * Keeps what is typed in the Business details form as a draft in main (on disk, under the environment it was typed
 * in), within PARTNER_DRAFT_DELAY_MS of each change, in order, and at once on leaving the screen or the page.
 */
export function usePartnerDraft(environmentId: string | null) {
  const save = useCallback(
    (values: PartnerDraftValues): Promise<SaveOutcome> | null =>
      environmentId
        ? api.business
            .savePartnerDraft({ environmentId, values })
            .then((r) => (r.ok ? { ok: true, savedAt: r.data.savedAt } : { ok: false, error: r.error }))
        : null,
    [environmentId],
  );
  const saver = useDebouncedSave(save, PARTNER_DRAFT_DELAY_MS);
  const { drop } = saver;

  /** Drops what is pending and forgets the stored draft (after a save, or when the person discards it). */
  const forget = useCallback(
    async (alsoOnDisk: boolean) => {
      await drop();
      if (alsoOnDisk && environmentId) await api.business.discardPartnerDraft({ environmentId });
    },
    [drop, environmentId],
  );

  return { schedule: saver.schedule, flush: saver.flush, forget, savedAt: saver.savedAt, error: saver.error };
}
