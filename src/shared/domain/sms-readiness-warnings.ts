import { practiceLabels as A } from './labels';
import type { PracticeLike, ReadinessItem, ReadinessWarning } from './sms-readiness-types';
import { isNonBlank } from './verification-checks';
import { websiteHostKind } from './website-hosts';

const text = (value: string | null | undefined): string => value ?? '';

const inheritedWarning = (account: PracticeLike, website: ReadinessItem): ReadinessWarning => {
  const own = text(account.websiteUrl);
  const why = isNonBlank(own)
    ? `${A.websiteUrl} "${own}" is not a valid web address, so the website`
    : `${A.websiteUrl} is blank, so the website`;
  return {
    key: 'website-inherited',
    message: `${why} falls back to the partner's (${website.value}): higher SMS rejection rates. Add the practice's own ${A.websiteUrl}.`,
    fixField: 'websiteUrl',
    fixSource: 'account',
  };
};

const websiteWarnings = (account: PracticeLike, website: ReadinessItem): ReadinessWarning[] => {
  if (website.status !== 'ok' && website.status !== 'inherited') return [];
  const fix = website.source === 'account' ? 'websiteUrl' : 'website';
  const where = { fixField: fix, fixSource: website.source } as const;
  const warnings: ReadinessWarning[] = [];
  if (website.status === 'inherited') warnings.push(inheritedWarning(account, website));
  const url = website.value;
  if (/^http:/i.test(url)) {
    warnings.push({
      key: 'website-not-https',
      message: `The website (${url}) uses http, not https: carriers may reject it. Use the https address if the site has one.`,
      ...where,
    });
  }
  const kind = websiteHostKind(url);
  if (kind === 'social-profile') {
    warnings.push({
      key: 'website-social-profile',
      message: `The website (${url}) is a social-media profile. Updox accepts one, but the practice's own website is verified more reliably.`,
      ...where,
    });
  } else if (kind === 'link-shortener') {
    warnings.push({
      key: 'website-link-shortener',
      message: `The website (${url}) is a shortened or link-in-bio link: carriers often reject these. Use the full address of the practice's website.`,
      ...where,
    });
  }
  return warnings;
};

/** Things that do not block verification but make it likelier to fail, or explain why it is blocked. */
export const readinessWarnings = (
  account: PracticeLike,
  items: readonly ReadinessItem[],
): ReadinessWarning[] => {
  const warnings: ReadinessWarning[] = [];
  const website = items.find((i) => i.key === 'website');
  if (website) warnings.push(...websiteWarnings(account, website));
  const hasNoAddress = [account.address1, account.address2, account.city, account.postal].every(
    (v) => !isNonBlank(text(v)),
  );
  if (hasNoAddress) {
    warnings.push({
      key: 'no-physical-address',
      message:
        "This practice has no street address in Updox, so SMS can't be used until one is added: Address line 1, City, State and ZIP code.",
      fixField: 'address1',
      fixSource: 'account',
    });
  }
  return warnings;
};
