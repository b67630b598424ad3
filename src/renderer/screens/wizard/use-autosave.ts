import { useCallback } from 'react';
import type { WizardDraftData } from '../../../shared/contract/onboarding';
import { api } from '../../api/client';
import { useDebouncedSave, type SaveOutcome } from '../../components/form/use-debounced-save';

export const AUTOSAVE_DELAY_MS = 400;

interface Pending {
  data: WizardDraftData;
  passwords: Record<string, string>;
}

/**
 * The wizard's autosave: every change (and every password typed, sealed by main) is written to the draft within
 * AUTOSAVE_DELAY_MS, in order, and flushed at once on blur, step change and page unload.
 */
export function useAutosave(draft: {
  id: string;
  kind: 'create' | 'update';
  accountId: string;
  environmentId: string;
}) {
  const { id, kind, accountId, environmentId } = draft;
  const save = useCallback(
    async (next: Pending): Promise<SaveOutcome> => {
      const result = await api.onboarding.saveDraft({
        id,
        kind,
        ...(accountId ? { accountId } : {}),
        ...(environmentId ? { environmentId } : {}),
        data: next.data,
        ...(Object.keys(next.passwords).length > 0 ? { passwords: next.passwords } : {}),
      });
      return result.ok ? { ok: true, savedAt: result.data.updatedAt } : { ok: false, error: result.error };
    },
    [id, kind, accountId, environmentId],
  );
  const saver = useDebouncedSave(save, AUTOSAVE_DELAY_MS);
  const { schedule: scheduleSave } = saver;

  const schedule = useCallback(
    (data: WizardDraftData, password?: { key: string; value: string }) =>
      scheduleSave((previous) => ({
        data,
        passwords: { ...previous?.passwords, ...(password ? { [password.key]: password.value } : {}) },
      })),
    [scheduleSave],
  );

  return { schedule, flush: saver.flush, savedAt: saver.savedAt, error: saver.error };
}
