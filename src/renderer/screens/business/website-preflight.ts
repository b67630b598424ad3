import { normalizeHttpUrl, isHttpUrl, HTTP_URL_RULE_TEXT } from '../../../shared/domain/field-rules/web';
import { websiteHostKind } from '../../../shared/domain/website-hosts';

/**
 * The website pre-flight before submit, in the browser: a well-formed address (an error otherwise), and
 * warnings for http (not https), social profiles, link shorteners, and a website that is the partner's fallback.
 * None of the warnings blocks the submit.
 */
export interface WebsitePreflight {
  readonly url: string;
  readonly error: string | null;
  readonly warnings: readonly string[];
}

const sameSite = (a: string, b: string): boolean =>
  isHttpUrl(a) && isHttpUrl(b) && new URL(a).href.replace(/\/$/, '') === new URL(b).href.replace(/\/$/, '');

export const websitePreflight = (
  label: string,
  raw: string,
  partnerWebsite: string | null,
): WebsitePreflight => {
  const url = normalizeHttpUrl(raw);
  if (url === '') return { url, error: null, warnings: [] };
  if (!isHttpUrl(url)) return { url, error: `${label} ${HTTP_URL_RULE_TEXT}.`, warnings: [] };
  const warnings: string[] = [];
  if (!/^https:/i.test(url)) {
    warnings.push(
      `${label} uses http, not https: carriers may reject it. Use the https address if the site has one.`,
    );
  }
  const kind = websiteHostKind(url);
  if (kind === 'social-profile') {
    warnings.push(
      `${label} is a social-media profile. Updox accepts one, but the practice's own website is verified more reliably.`,
    );
  } else if (kind === 'link-shortener') {
    warnings.push(
      `${label} is a shortened or link-in-bio link: carriers often reject these. Use the full address of the practice's website.`,
    );
  }
  if (partnerWebsite && sameSite(url, partnerWebsite)) {
    warnings.push(
      `${label} is the partner's own website (the fallback): verification is rejected more often. Use the practice's website if it has one.`,
    );
  }
  return { url, error: null, warnings };
};
