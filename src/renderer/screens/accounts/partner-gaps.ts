import type { ReadinessBrief } from '../../../shared/contract/accounts';
import type { PartnerLike } from '../../../shared/domain/sms-readiness';

/**
 * How many SMS readiness gaps come from the partner's Business details (contact first and last name, email,
 * phone): the same for every account of the environment, since the account's own fields never fill them.
 */
export const partnerGapCount = async (partner: PartnerLike | null): Promise<number> => {
  // Loaded when needed: the readiness rules bring the field tables and zod, which the list's first paint does not
  // need (the "partner details" hint appears a moment after the rows).
  const { computeSmsReadiness } = await import('../../../shared/domain/sms-readiness');
  return computeSmsReadiness({}, partner).items.filter(
    (item) => item.source === 'partner' && (item.status === 'missing' || item.status === 'invalid'),
  ).length;
};

/**
 * Whether every gap of an account's brief is the partner's (so the account itself needs nothing). Null partner
 * gaps (not known) never claim it. A website missing on both the account and the partner counts as the account's:
 * the list does not say which of the two is blank.
 */
export const onlyPartnerGaps = (sms: ReadinessBrief, partnerGaps: number | null): boolean =>
  !sms.complete && partnerGaps !== null && partnerGaps > 0 && sms.issues === partnerGaps;
