import fc from 'fast-check';
import { isoCountryCodes } from '../../../src/shared/domain/country-codes';
import type { PracticeField } from '../../../src/shared/domain/labels';
import type { Practice } from '../../../src/shared/domain/practice';
import { updoxTimeZoneValues } from '../../../src/shared/domain/time-zones';
import { usStateCodes } from '../../../src/shared/domain/us-states';

const optional = <T extends string>(arb: fc.Arbitrary<T>): fc.Arbitrary<string> =>
  fc.oneof(fc.constant(''), arb);

/** Area codes known to be in service (US and a territory). */
const areaCodes = ['406', '212', '614', '202', '305', '415', '512', '617', '713', '808', '907', '787', '888'];

const validPhone = fc
  .tuple(fc.constantFrom(...areaCodes), fc.stringMatching(/^[2-9]\d{2}$/), fc.stringMatching(/^\d{4}$/))
  .map(([a, b, c]) => `${a}${b}${c}`);

const freeText = (max = 200) => fc.string({ maxLength: max });
const nonBlankText = (max = 200) =>
  fc.string({ minLength: 1, maxLength: max }).filter((s) => s.trim() !== '');
const simpleEmail = fc.stringMatching(/^[a-z0-9._-]{1,20}@[a-z0-9-]{1,20}\.[a-z]{2,6}$/);
export const httpUrl = fc.webUrl({ validSchemes: ['http', 'https'] });

/** A valid stored practice record; `trimmed` keeps free text trimmed (as the form would store it). */
export const validPractice = (trimmed = false): fc.Arbitrary<Practice> => {
  const text = trimmed ? freeText().map((s) => s.trim()) : freeText();
  const name = trimmed ? nonBlankText().map((s) => s.trim()) : nonBlankText();
  return fc.record({
    accountId: fc.stringMatching(/^[A-Za-z0-9._-]{1,64}$/),
    name,
    address1: text,
    address2: text,
    city: text,
    state: optional(fc.constantFrom(...usStateCodes)),
    postal: optional(fc.oneof(fc.stringMatching(/^\d{5}$/), fc.stringMatching(/^\d{9}$/))),
    phone: optional(validPhone),
    fax: optional(validPhone),
    timeZone: fc.constantFrom(...updoxTimeZoneValues),
    websiteAddress: optional(fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/)),
    directAddress: optional(simpleEmail),
    active: fc.boolean(),
    websiteUrl: optional(httpUrl),
    alternativeWebsiteUrl: optional(httpUrl),
    countryCode: fc.constantFrom(...isoCountryCodes),
  });
};

// (null is not here: as typed, null means absent.)
const notText = fc.oneof(fc.integer(), fc.boolean(), fc.constant({}), fc.constant([]));
const word = fc.stringMatching(/^[a-z]{1,10}$/);
const tooLong = (max: number) => fc.integer({ min: max + 1, max: max + 20 }).map((n) => 'x'.repeat(n));

/** For each field, values that are wrong both as stored and as typed (normalizing cannot rescue them). */
export const invalidPracticeValue: Record<PracticeField, fc.Arbitrary<unknown>> = {
  accountId: fc.oneof(
    fc.constant(''),
    fc.tuple(word, word).map(([a, b]) => `${a} ${b}`),
    tooLong(64),
    notText,
  ),
  name: fc.oneof(fc.stringMatching(/^\s{0,5}$/), tooLong(200), notText),
  address1: fc.oneof(tooLong(200), notText),
  address2: fc.oneof(tooLong(200), notText),
  city: fc.oneof(tooLong(200), notText),
  state: fc.oneof(fc.stringMatching(/^[A-Z]{3,6}$/), fc.constantFrom('XX', 'ON', 'ZZ'), notText),
  postal: fc.oneof(
    fc.stringMatching(/^\d{1,4}$/),
    fc.stringMatching(/^\d{6,8}$/),
    fc.stringMatching(/^\d{10,12}$/),
    word,
    notText,
  ),
  phone: fc.oneof(fc.stringMatching(/^\d{1,9}$/), fc.stringMatching(/^[01]\d{9}$/), word, notText),
  fax: fc.oneof(fc.stringMatching(/^\d{1,9}$/), fc.stringMatching(/^[01]\d{9}$/), word, notText),
  timeZone: fc.oneof(fc.constantFrom('Europe/London', 'EST', 'UTC', 'zulu'), notText),
  websiteAddress: fc.oneof(
    fc.tuple(word, word).map(([a, b]) => `${a}_${b}`),
    word.map((w) => `-${w}`),
    notText,
  ),
  directAddress: fc.oneof(
    word,
    word.map((w) => `${w}@`),
    notText,
  ),
  active: fc.oneof(fc.integer(), fc.constant('yes'), fc.constant({})),
  websiteUrl: fc.oneof(
    word.map((w) => `ftp://${w}.com`),
    word.map((w) => `https://${w}`),
    notText,
  ),
  alternativeWebsiteUrl: fc.oneof(
    word.map((w) => `ftp://${w}.com`),
    word.map((w) => `${w} ${w}`),
    notText,
  ),
  countryCode: fc.oneof(fc.stringMatching(/^[A-Z]{3}$/), fc.constantFrom('UK', 'EU', 'ZZ', 'X'), notText),
};
