import { FieldReader, type FieldSource } from '../fields';
import { DEFAULT_COUNTRY_CODE, PRACTICE_V11_KEYS } from '../provisional';
import {
  DEFAULT_TIME_ZONE,
  RULE_TEXT,
  isCountryCode,
  isDnsLabel,
  isHttpUrl,
  isPostal,
  isTenDigits,
  isTimeZone,
  isUsStateCode,
  type TimeZone,
} from '../rules/practice-rules';

/** The practice fields of a PracticeCreate/Update/Save body, read and checked. */
export interface PracticeInput {
  name: string;
  address1: string | null;
  address2: string | null;
  city: string | null;
  state: string | null;
  postal: string | null;
  phone: string | null;
  fax: string | null;
  timeZone: TimeZone;
  websiteAddress: string | null;
  directDomain: string | null;
  directAddress: string | null;
  metadata: string | null;
  active: boolean;
  /** Present only on the /1.1 methods. */
  v11: { websiteUrl: string | null; alternativeWebsiteUrl: string | null; countryCode: string } | null;
}

export type PracticeInputResult =
  | { ok: true; input: PracticeInput }
  /** `problems` are 4060 problems; `webAddressInvalid` alone means 4161. */
  | { ok: false; problems: string[]; webAddressInvalid: boolean };

export function readPracticeInput(body: FieldSource, withV11Fields: boolean): PracticeInputResult {
  const r = new FieldReader(body);
  const name = r.string('name');
  r.require('name', name);
  const state = r.string('state');
  r.check('state', state, isUsStateCode, RULE_TEXT.state);
  const postal = r.string('postal');
  r.check('postal', postal, isPostal, RULE_TEXT.postal);
  const phone = r.string('phone');
  r.check('phone', phone, isTenDigits, RULE_TEXT.tenDigits);
  const fax = r.string('fax');
  r.check('fax', fax, isTenDigits, RULE_TEXT.tenDigits);
  const timeZone = r.string('timeZone');
  r.check('timeZone', timeZone, isTimeZone, RULE_TEXT.timeZone);
  const common = {
    address1: r.string('address1'),
    address2: r.string('address2'),
    city: r.string('city'),
    websiteAddress: r.string('websiteAddress'),
    directDomain: r.string('directDomain'),
    directAddress: r.string('directAddress'),
    metadata: r.string('metadata'),
    active: r.bool('active') ?? false,
  };
  const v11 = withV11Fields ? readV11Fields(r) : null;

  const webAddressInvalid = common.websiteAddress !== null && !isDnsLabel(common.websiteAddress);
  if (r.problems.length > 0 || webAddressInvalid || name === null) {
    return { ok: false, problems: r.problems, webAddressInvalid };
  }
  const zone = timeZone !== null && isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
  return { ok: true, input: { name, state, postal, phone, fax, timeZone: zone, ...common, v11 } };
}

function readV11Fields(r: FieldReader): NonNullable<PracticeInput['v11']> {
  const websiteUrl = r.string(PRACTICE_V11_KEYS.websiteUrl);
  r.check(PRACTICE_V11_KEYS.websiteUrl, websiteUrl, isHttpUrl, RULE_TEXT.httpUrl);
  const alternativeWebsiteUrl = r.string(PRACTICE_V11_KEYS.alternativeWebsiteUrl);
  r.check(PRACTICE_V11_KEYS.alternativeWebsiteUrl, alternativeWebsiteUrl, isHttpUrl, RULE_TEXT.httpUrl);
  const countryCode = r.string(PRACTICE_V11_KEYS.countryCode);
  r.check(PRACTICE_V11_KEYS.countryCode, countryCode, isCountryCode, RULE_TEXT.countryCode);
  return { websiteUrl, alternativeWebsiteUrl, countryCode: countryCode ?? DEFAULT_COUNTRY_CODE };
}
