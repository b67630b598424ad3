import { useEffect, useMemo, useState } from 'react';
import type { WizardDraftData } from '../../../shared/contract/onboarding';
import type { FieldProblems } from '../../../shared/domain/field-problems';
import { normalizePortalAddress } from '../../../shared/domain/field-rules/web';
import { api } from '../../api/client';

export interface Availability {
  status: 'free' | 'taken' | 'unknown' | 'invalid';
  message: string;
}

export interface Conflicts {
  accountId: Availability | null;
  portal: Availability | null;
  /** Known conflicts as field problems: they block Next and Create practice until changed. */
  problems: FieldProblems;
}

const CHECK_DELAY_MS = 500;

/** Checks `value` with `check` 500 ms after it last changed; null while empty or not checked yet. */
const useChecked = (value: string, check: (value: string) => Promise<Availability | null>, on: boolean) => {
  const [result, setResult] = useState<{ value: string; answer: Availability } | null>(null);
  useEffect(() => {
    if (!on || value.trim() === '') return;
    let live = true;
    const timer = window.setTimeout(async () => {
      const answer = await check(value);
      if (live && answer) setResult({ value, answer });
    }, CHECK_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
    // `check` is recreated each render; the value (and its dependencies folded into it) decides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, on]);
  // An answer for an older value is not shown: the field changed since.
  return on && result?.value === value ? result.answer : null;
};

/**
 * Is the account ID free (a new practice that must not replace another), and is the portal web address used by
 * another practice? Both asked of Updox as the person types; a "taken" answer is a known conflict.
 */
export const useConflicts = (data: WizardDraftData, kind: 'create' | 'update'): Conflicts => {
  const { accountId } = data.practice;
  const portal = normalizePortalAddress(data.practice.websiteAddress);
  const accountCheck = useChecked(
    accountId,
    async (v) => {
      const r = await api.onboarding.checkAccountId({ accountId: v });
      return r.ok ? r.data : null;
    },
    kind === 'create',
  );
  const portalCheck = useChecked(
    `${portal}\n${accountId}`,
    async (v) => {
      const [address = '', own = ''] = v.split('\n');
      const r = await api.onboarding.checkPortalAddress({ websiteAddress: address, accountId: own });
      return r.ok ? r.data : null;
    },
    portal !== '',
  );
  const replacing = data.submitMode === 'save';
  const problems = useMemo(() => {
    const out: Record<string, string> = {};
    if (accountCheck?.status === 'taken' && !replacing) out['practice.accountId'] = accountCheck.message;
    if (portalCheck?.status === 'taken') out['practice.websiteAddress'] = portalCheck.message;
    return out;
  }, [accountCheck, portalCheck, replacing]);
  return { accountId: accountCheck, portal: portalCheck, problems };
};
