import { defineRule, type FieldRule } from './field-rule';

// --- Portal web address: the patient-portal subdomain (websiteAddress), not a URL ---

const portalLabel = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** " Sunrise ", "https://sunrise.myupdox.com/" -> "sunrise". Stored lower-case. */
export const normalizePortalAddress = (raw: string): string =>
  raw
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/+$/, '')
    .replace(/\.(?:myupdox|updoxqa)\.com$/, '');

/** A DNS label: 1-63 lower-case letters, digits or hyphens, not starting or ending with a hyphen. */
const isPortalAddress = (value: string): boolean => portalLabel.test(value);

export const portalAddressRule = (label = 'Portal web address'): FieldRule =>
  defineRule({
    label,
    normalize: normalizePortalAddress,
    isValid: isPortalAddress,
    mustBe:
      'must be 1 to 63 letters, digits or hyphens, not starting or ending with a hyphen (for example sunrise-pediatrics)',
  });

/** What patients will open: https://<websiteAddress>.myupdox.com */
export const portalPreviewUrl = (websiteAddress: string): string => `https://${websiteAddress}.myupdox.com`;

// --- Website URLs (the practice's websites, the partner's website) ---

const bareDomain = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[:/?#]\S*)?$/i;

/** Trims; "mypractice.com" (no scheme) becomes "https://mypractice.com". Anything else comes back trimmed. */
export const normalizeHttpUrl = (raw: string): string => {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.includes('://')) return trimmed;
  return bareDomain.test(trimmed) ? `https://${trimmed}` : trimmed;
};

/**
 * An http(s) URL, exactly: starts with "http://" or "https://" (any case), has no whitespace, parses as a URL,
 * and its host is dot-separated non-empty labels (so "https://mypractice.com", not "https://mypractice").
 */
export const isHttpUrl = (value: string): boolean => {
  if (!/^https?:\/\/\S+$/i.test(value)) return false;
  try {
    return /^[^.]+(?:\.[^.]+)+$/.test(new URL(value).hostname);
  } catch {
    return false;
  }
};

export const HTTP_URL_RULE_TEXT =
  'must be a web address starting with http:// or https:// (for example https://mypractice.com)';

export const httpUrlRule = (label: string, required = false): FieldRule =>
  defineRule({
    label,
    required,
    normalize: normalizeHttpUrl,
    isValid: isHttpUrl,
    mustBe: HTTP_URL_RULE_TEXT,
  });

/** The host of an http(s) URL, lower-case, without "www."; '' when it is not one. */
export const urlHost = (value: string): string => {
  if (!isHttpUrl(value)) return '';
  return new URL(value).hostname.toLowerCase().replace(/^www\./, '');
};
