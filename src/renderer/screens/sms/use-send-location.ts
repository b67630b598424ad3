import { useEffect, useRef, useState } from 'react';
import type { SmsLocationNumber } from '../../../shared/contract/sms';
import { canSendFrom, preferredLocation, unselectedWhy } from './number-words';
import { useSmsDraft } from './sms-draft-store';

export interface SendLocation {
  /** The chosen location, when it can send. */
  chosen: SmsLocationNumber | undefined;
  /** Why the person's choice was cleared (it can no longer send, or is gone); null otherwise. */
  note: string | null;
  /** The person picks a location. */
  choose(locationId: number): void;
}

/**
 * The Send From choice. The best location is preselected once for an account; after that the choice is the
 * person's and is never moved to another location for them. If the chosen location can no longer send (its
 * number became SMS Pending after a send, or it was rejected, or it is gone), the choice is cleared and `note`
 * says why.
 */
export const useSendLocation = (
  accountId: string,
  rows: readonly SmsLocationNumber[],
  hasData: boolean,
): SendLocation => {
  const locationId = useSmsDraft((s) => (s.locationAccountId === accountId ? s.locationId : null));
  // Which location was unselected: the words follow its status now (Pending, later Rejected...), and go once
  // it can send again (the person then picks it, or another).
  const [cleared, setCleared] = useState<{ locationId: number; name: string } | null>(null);
  const lastName = useRef<string | null>(null);
  const row = rows.find((r) => r.locationId === locationId);
  const chosen = row && canSendFrom(row) ? row : undefined;
  const rowName = row?.locationName;
  useEffect(() => {
    if (rowName !== undefined) lastName.current = rowName;
  }, [rowName]);

  useEffect(() => {
    if (!hasData) return;
    const draft = useSmsDraft.getState();
    const ours = draft.locationAccountId === accountId;
    if (ours && draft.locationId !== null) {
      const now = rows.find((r) => r.locationId === draft.locationId);
      if (now && canSendFrom(now)) return;
      draft.update({ locationId: null, locationPicked: true });
      const name = now?.locationName ?? lastName.current ?? 'The chosen location';
      setCleared({ locationId: draft.locationId, name });
      return;
    }
    if (ours && draft.locationPicked) return;
    setCleared(null);
    draft.update({
      locationId: preferredLocation(rows)?.locationId ?? null,
      locationAccountId: accountId,
      locationPicked: false,
    });
  }, [accountId, rows, hasData, locationId]);

  const clearedRow = cleared ? rows.find((r) => r.locationId === cleared.locationId) : undefined;
  const note =
    cleared && !(clearedRow && canSendFrom(clearedRow)) ? unselectedWhy(cleared.name, clearedRow) : null;

  return {
    chosen,
    note,
    choose(id) {
      setCleared(null);
      useSmsDraft.getState().update({ locationId: id, locationAccountId: accountId, locationPicked: true });
    },
  };
};
