/** Field rules from the Updox Account_Management and Error_Codes pages (reference 4.2, 4.4). */

/** The 50 states, DC, and the five inhabited territories (AS, GU, MP, PR, VI): 56 codes. */
export const US_STATE_CODES: ReadonlySet<string> = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME',
  'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA',
  'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC', 'AS', 'GU', 'MP', 'PR', 'VI',
]); // prettier-ignore

export const TIME_ZONES = [
  'America/Anchorage',
  'America/Chicago',
  'America/Denver',
  'America/New_York',
  'America/Los_Angeles',
  'America/Phoenix',
  'America/Puerto_Rico',
  'Pacific/Honolulu',
  'Zulu',
] as const;
export type TimeZone = (typeof TIME_ZONES)[number];
export const DEFAULT_TIME_ZONE: TimeZone = 'Zulu';

export const RULE_TEXT = {
  required: 'is required',
  state: 'must be a US state or territory code',
  postal: 'must be 5 or 9 digits',
  tenDigits: 'must be 10 digits',
  timeZone: `must be one of ${TIME_ZONES.join(', ')}`,
  httpUrl: 'must be an http(s) URL',
  countryCode: 'must be a 2-letter ISO country code',
  email: 'must be an email address',
} as const;

export const isUsStateCode = (v: string): boolean => US_STATE_CODES.has(v);

export const isPostal = (v: string): boolean => /^(\d{5}|\d{9})$/.test(v);

export const isTenDigits = (v: string): boolean => /^\d{10}$/.test(v);

export const isTimeZone = (v: string): v is TimeZone => (TIME_ZONES as readonly string[]).includes(v);

/** A DNS label: letters, digits, hyphens, 1-63 characters, no leading or trailing hyphen. */
export const isDnsLabel = (v: string): boolean => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(v);

export function isHttpUrl(v: string): boolean {
  if (!/^https?:\/\//i.test(v.trim())) return false;
  try {
    const url = new URL(v.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** ISO 3166-1 alpha-2 form (two letters). */
export const isCountryCode = (v: string): boolean => /^[A-Za-z]{2}$/.test(v);

/** x@y.z with no spaces. */
export const isEmail = (v: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim());

/** Password policy (4233): 8-30 characters, an upper-case and a lower-case letter, a number or special character. */
export function isAcceptablePassword(v: string): boolean {
  return v.length >= 8 && v.length <= 30 && /[A-Z]/.test(v) && /[a-z]/.test(v) && /[^A-Za-z]/.test(v);
}

/** Ten digits after removing non-digits and a leading country code 1. */
export function isUsPhoneLoose(v: string): boolean {
  const digits = v.replace(/\D/g, '');
  return /^\d{10}$/.test(digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits);
}

export const isBlank = (v: string | null | undefined): boolean =>
  v === null || v === undefined || v.trim() === '';
