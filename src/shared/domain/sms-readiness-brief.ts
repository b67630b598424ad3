import type { PartnerLike, PracticeLike } from './sms-readiness-types';
import {
  isNonBlank,
  isVerifiableCountry,
  isVerifiableEmail,
  isVerifiablePhone,
  isVerifiablePostal,
  isVerifiableState,
  isVerifiableWebsite,
} from './verification-checks';

/** What a list row shows of SMS readiness: complete, or how many items are missing or not valid. */
export interface ReadinessCount {
  complete: boolean;
  issues: number;
}

const text = (value: string | null | undefined): string => value ?? '';

/** 1 when a required value is blank or fails its check, else 0 (one readiness item's "missing or invalid"). */
const issue = (value: string, isValid?: (value: string) => boolean): number =>
  !isNonBlank(value) || (isValid !== undefined && !isValid(value)) ? 1 : 0;

/**
 * computeSmsReadiness(account, partner) reduced to { complete, issues } (missing + invalid items), for a list of
 * thousands of accounts with one partner: the same checks (verification-checks.ts), without building the items,
 * their words and the warnings, and with the partner's part judged once. A property test holds it equal to
 * computeSmsReadiness.
 */
export const readinessCounter = (
  partner: PartnerLike | null,
): ((account: PracticeLike) => ReadinessCount) => {
  const partnerIssues =
    issue(text(partner?.contactFirstName)) +
    issue(text(partner?.contactLastName)) +
    issue(text(partner?.contactEmail), isVerifiableEmail) +
    issue(text(partner?.contactPhone), isVerifiablePhone);
  const partnerWebsite = isVerifiableWebsite(text(partner?.website));
  return (account) => {
    const issues =
      partnerIssues +
      issue(text(account.name)) +
      issue(text(account.address1)) +
      issue(text(account.city)) +
      issue(text(account.state), isVerifiableState) +
      (isVerifiableCountry(text(account.countryCode)) ? 0 : 1) +
      issue(text(account.postal), isVerifiablePostal) +
      (partnerWebsite || isVerifiableWebsite(text(account.websiteUrl)) ? 0 : 1);
    return { complete: issues === 0, issues };
  };
};
