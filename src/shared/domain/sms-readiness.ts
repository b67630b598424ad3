import { ZIP_RULE_TEXT } from './field-rules/zip';
import { HTTP_URL_RULE_TEXT } from './field-rules/web';
import { STATE_RULE_TEXT } from './field-rules/region';
import { partnerLabels as P, practiceLabels as A, type PartnerField, type PracticeField } from './labels';
import { readinessWarnings } from './sms-readiness-warnings';
import type {
  PartnerLike,
  PracticeLike,
  ReadinessItem,
  ReadinessKey,
  ReadinessSource,
  SmsReadiness,
} from './sms-readiness-types';
import {
  isNonBlank,
  isVerifiableCountry,
  isVerifiableEmail,
  isVerifiablePhone,
  isVerifiablePostal,
  isVerifiableState,
  isVerifiableWebsite,
} from './verification-checks';

export type * from './sms-readiness-types';

const text = (value: string | null | undefined): string => value ?? '';
const anything = (): boolean => true;

interface Check {
  readonly key: ReadinessKey;
  readonly label: string;
  readonly source: ReadinessSource;
  readonly field: PracticeField | PartnerField;
  readonly value: string;
  readonly rule: string;
  readonly isValid: (value: string) => boolean;
}

/** Blank -> missing; present but failing -> invalid; else ok. */
const judge = (c: Check): ReadinessItem => {
  const base = { key: c.key, label: c.label, source: c.source, value: c.value, rule: c.rule };
  if (!isNonBlank(c.value)) return { ...base, status: 'missing', fixField: c.field, fixSource: c.source };
  if (!c.isValid(c.value)) return { ...base, status: 'invalid', fixField: c.field, fixSource: c.source };
  return { ...base, status: 'ok' };
};

const accountCheck = (
  key: ReadinessKey & PracticeField,
  account: PracticeLike,
  rule: string,
  isValid: (value: string) => boolean = anything,
): Check => ({
  key,
  label: A[key],
  source: 'account',
  field: key,
  value: text(account[key as keyof PracticeLike]),
  rule,
  isValid,
});

const partnerCheck = (
  key: ReadinessKey & PartnerField,
  partner: PartnerLike | null,
  rule: string,
  isValid: (value: string) => boolean = anything,
): Check => ({
  key,
  label: P[key],
  source: 'partner',
  field: key,
  value: text(partner?.[key as keyof PartnerLike]),
  rule,
  isValid,
});

const countryItem = (account: PracticeLike): ReadinessItem => {
  const raw = text(account.countryCode);
  const value = isNonBlank(raw) ? raw : 'US';
  const rule = `${A.countryCode} must be US: Updox verifies SMS numbers in the US and its territories only.`;
  const base = { key: 'countryCode', label: A.countryCode, source: 'account', value, rule } as const;
  return isVerifiableCountry(raw)
    ? { ...base, status: 'ok' }
    : { ...base, status: 'invalid', fixField: 'countryCode', fixSource: 'account' };
};

const websiteItem = (account: PracticeLike, partner: PartnerLike | null): ReadinessItem => {
  const own = text(account.websiteUrl);
  const partnerSite = text(partner?.website);
  const rule = `${A.websiteUrl} ${HTTP_URL_RULE_TEXT}; without one, the partner's ${P.website} is used.`;
  const base = { key: 'website', label: A.websiteUrl, rule } as const;
  if (isVerifiableWebsite(own)) return { ...base, source: 'account', status: 'ok', value: own };
  if (isVerifiableWebsite(partnerSite)) {
    return {
      ...base,
      source: 'partner',
      status: 'inherited',
      value: partnerSite,
      fixField: 'websiteUrl',
      fixSource: 'account',
    };
  }
  return {
    ...base,
    source: 'account',
    status: isNonBlank(own) ? 'invalid' : 'missing',
    value: own,
    fixField: 'websiteUrl',
    fixSource: 'account',
  };
};

const inPartnerDetails = (label: string): string => `${label} is required in the partner's Business details.`;

/**
 * Whether Updox has enough business information to verify an SMS number for this account (no 4039), item by
 * item, Stripe "requirements" style. Account: name, address (address2 only when present), state, country,
 * ZIP code, website (falling back to the partner's). Partner: contact first and last name, email, phone.
 */
export const computeSmsReadiness = (account: PracticeLike, partner: PartnerLike | null): SmsReadiness => {
  const items: ReadinessItem[] = [
    judge(accountCheck('name', account, `${A.name} is required: Updox uses it as the business name.`)),
    judge(accountCheck('address1', account, `${A.address1} is required.`)),
  ];
  if (isNonBlank(text(account.address2))) {
    items.push(
      judge(accountCheck('address2', account, `${A.address2} is used when present; never required.`)),
    );
  }
  items.push(
    judge(accountCheck('city', account, `${A.city} is required.`)),
    judge(accountCheck('state', account, `${A.state} ${STATE_RULE_TEXT}.`, isVerifiableState)),
    countryItem(account),
    judge(accountCheck('postal', account, `${A.postal} ${ZIP_RULE_TEXT}.`, isVerifiablePostal)),
    websiteItem(account, partner),
    judge(partnerCheck('contactFirstName', partner, inPartnerDetails(P.contactFirstName))),
    judge(partnerCheck('contactLastName', partner, inPartnerDetails(P.contactLastName))),
    judge(
      partnerCheck(
        'contactEmail',
        partner,
        `${P.contactEmail} must be an email address (for example name@example.com).`,
        isVerifiableEmail,
      ),
    ),
    judge(
      partnerCheck(
        'contactPhone',
        partner,
        `${P.contactPhone} must be 10 digits (for example (888) 555-1212).`,
        isVerifiablePhone,
      ),
    ),
  );
  const missing = items.filter((i) => i.status === 'missing');
  const problems = items.filter((i) => i.status === 'invalid');
  return {
    complete: missing.length === 0 && problems.length === 0,
    items,
    missing,
    inherited: items.filter((i) => i.status === 'inherited'),
    problems,
    warnings: readinessWarnings(account, items),
  };
};

/** "SMS business details: Complete" / "SMS business details: Incomplete (3)". */
export const readinessSummary = (readiness: SmsReadiness): string =>
  readiness.complete
    ? 'SMS business details: Complete'
    : `SMS business details: Incomplete (${readiness.missing.length + readiness.problems.length})`;
