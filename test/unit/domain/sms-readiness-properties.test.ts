import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeSmsReadiness,
  readinessSummary,
  type PartnerLike,
  type PracticeLike,
} from '../../../src/shared/domain/sms-readiness';
import { readinessCounter } from '../../../src/shared/domain/sms-readiness-brief';

// ---------------------------------------------------------------------------------------------------------------
// The sandbox's rule (sandbox-protocol.md, "Business details sufficient iff"), restated here on its own, without
// the module's helpers, so that the two can disagree.
// ---------------------------------------------------------------------------------------------------------------
const STATE_CODES = new Set(
  (
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK ' +
    'OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR VI'
  ).split(' '),
);

const str = (v: string | null | undefined): string => (typeof v === 'string' ? v : '');
const blank = (v: string | null | undefined): boolean => str(v).trim().length === 0;

const isWebsite = (v: string): boolean => {
  if (/\s/.test(v) || !/^https?:\/\//i.test(v)) return false;
  let host: string;
  try {
    host = new URL(v).hostname;
  } catch {
    return false;
  }
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((l) => l.length > 0);
};

const sufficient = (a: PracticeLike, p: PartnerLike | null): boolean => {
  if (blank(a.name) || blank(a.address1) || blank(a.city)) return false;
  if (!STATE_CODES.has(str(a.state))) return false;
  if (!/^[0-9]{5}$/.test(str(a.postal)) && !/^[0-9]{9}$/.test(str(a.postal))) return false;
  const country = blank(a.countryCode) ? 'US' : str(a.countryCode);
  if (country.toUpperCase() !== 'US') return false;
  if (!isWebsite(str(a.websiteUrl)) && !(p !== null && isWebsite(str(p.website)))) return false;
  if (p === null) return false;
  if (blank(p.contactFirstName) || blank(p.contactLastName)) return false;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(str(p.contactEmail))) return false;
  let digits = str(p.contactPhone).replace(/[^0-9]/g, '');
  if (digits.length === 11 && digits[0] === '1') digits = digits.slice(1);
  return digits.length === 10;
};

// --- Generators: per field, mostly valid values (so that complete and incomplete both occur often), and blank
// or invalid ones, including the edge cases where a careless rule would differ from the sandbox's. ---
const mostly = <T>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: valid, weight: 7 }, { arbitrary: other, weight: 1 });

const absent = fc.constantFrom<string | null | undefined>('', '   ', null, undefined);
const text = mostly(
  fc.oneof(fc.constant('123 Main Street'), fc.string({ minLength: 1, maxLength: 12 })),
  fc.oneof(absent, fc.constant('\t\n')),
);
const state = mostly(
  fc.constantFrom('OH', 'PR', 'VI', 'DC', 'GU', 'AS', 'MP', 'WY'),
  fc.oneof(
    absent,
    fc.constantFrom('oh', ' OH', 'OH ', 'XX', 'ON', 'Ohio', 'FM'),
    fc.string({ maxLength: 3 }),
  ),
);
const postal = mostly(
  fc.oneof(fc.stringMatching(/^\d{5}$/), fc.stringMatching(/^\d{9}$/)),
  fc.oneof(
    absent,
    fc.constantFrom('43017-1234', ' 43017', '43017 ', '4301', '４３０１７'),
    fc.stringMatching(/^\d{1,12}$/),
    fc.string({ maxLength: 10 }),
  ),
);
const country = mostly(
  fc.oneof(absent, fc.constantFrom('US', 'us', 'Us', 'uS')),
  fc.oneof(
    fc.constantFrom('CA', 'USA', ' US', 'US ', 'PR', 'U S'),
    fc.string({ minLength: 1, maxLength: 3 }),
  ),
);
const website = mostly(
  fc.oneof(
    fc.webUrl({ validSchemes: ['http', 'https'] }),
    fc.constantFrom('https://mypractice.com', 'HTTP://MyPractice.com/x', 'https://facebook.com/p'),
  ),
  fc.oneof(
    absent,
    fc.constantFrom(
      'ftp://mypractice.com',
      'mypractice.com',
      'https://mypractice',
      'https://a..b',
      'https://.a.b',
      'https:// a.com',
      ' https://a.com',
      'https://a.com ',
      'http:a.com',
      'https:/a.com',
      'https://',
      'https://a.com/ x',
    ),
    fc.string({ maxLength: 15 }),
  ),
);
const email = mostly(
  fc.oneof(fc.emailAddress(), fc.constantFrom('x@y.z', 'jjsmith@partnersite.com')),
  fc.oneof(
    absent,
    fc.constantFrom('a@b', 'a b@c.de', 'a@@b.c', '@b.c', 'a@b.c ', ' a@b.c', 'a@.c', 'a@b.'),
    fc.string({ maxLength: 12 }),
  ),
);
const phone = mostly(
  fc.oneof(
    fc.stringMatching(/^\d{10}$/),
    fc.constantFrom('+1 (406) 555-0120', '14065550120', '+1888-555-1212', '1234567890', '(406) 555-0120 x'),
  ),
  fc.oneof(
    absent,
    fc.constantFrom('24065550120', '555-1234', '114065550120', '+44 20 7946 0958', '1-406-555-012'),
    fc.stringMatching(/^\d{7,12}$/),
    fc.string({ maxLength: 14 }),
  ),
);

const account: fc.Arbitrary<PracticeLike> = fc.record({
  name: text,
  address1: text,
  address2: fc.oneof(absent, text),
  city: text,
  state,
  postal,
  countryCode: country,
  websiteUrl: fc.oneof(website, absent),
});

const partner: fc.Arbitrary<PartnerLike | null> = fc.option(
  fc.record({
    website,
    contactFirstName: text,
    contactLastName: text,
    contactEmail: email,
    contactPhone: phone,
  }),
  { nil: null, freq: 8 },
);

describe('computeSmsReadiness, for any account and partner', () => {
  it('is tried on complete, incomplete and inherited-website cases alike (the generators are not one-sided)', () => {
    const samples = fc.sample(fc.tuple(account, partner), { numRuns: 2000, seed: 42 });
    const rate = (f: (a: PracticeLike, p: PartnerLike | null) => boolean) =>
      samples.filter(([a, p]) => f(a, p)).length / samples.length;
    expect(rate(sufficient)).toBeGreaterThan(0.1);
    expect(rate(sufficient)).toBeLessThan(0.9);
    expect(rate((a, p) => sufficient(a, p) && !isWebsite(str(a.websiteUrl)))).toBeGreaterThan(0.02);
  });

  it('is complete exactly when the sandbox rule says the business details are sufficient', () => {
    fc.assert(
      fc.property(account, partner, (a, p) => {
        expect(computeSmsReadiness(a, p).complete).toBe(sufficient(a, p));
      }),
      { numRuns: 3000 },
    );
  });

  it('is complete exactly when nothing is missing or invalid, and the summary counts them', () => {
    fc.assert(
      fc.property(account, partner, (a, p) => {
        const r = computeSmsReadiness(a, p);
        const open = r.items.filter((i) => i.status === 'missing' || i.status === 'invalid');
        expect(r.complete).toBe(open.length === 0);
        expect([...r.missing, ...r.problems].length).toBe(open.length);
        expect(readinessSummary(r)).toBe(
          r.complete ? 'SMS business details: Complete' : `SMS business details: Incomplete (${open.length})`,
        );
        for (const i of r.items) {
          expect(i.fixField !== undefined).toBe(i.status !== 'ok');
          expect(typeof i.value).toBe('string');
        }
        expect(r.items.some((i) => i.key === 'address2')).toBe(!blank(a.address2));
      }),
      { numRuns: 1000 },
    );
  });

  it('inherits the website exactly when the account has no usable one and the partner has', () => {
    fc.assert(
      fc.property(account, partner, (a, p) => {
        const r = computeSmsReadiness(a, p);
        const inherits = !isWebsite(str(a.websiteUrl)) && p !== null && isWebsite(str(p.website));
        expect(r.inherited.map((i) => i.key)).toEqual(inherits ? ['website'] : []);
        expect(r.warnings.some((w) => w.key === 'website-inherited')).toBe(inherits);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('readinessCounter (the Accounts list rows), for any account and partner', () => {
  it('counts exactly what computeSmsReadiness finds missing or invalid', () => {
    fc.assert(
      fc.property(account, partner, (a, p) => {
        const r = computeSmsReadiness(a, p);
        expect(readinessCounter(p)(a)).toEqual({
          complete: r.complete,
          issues: r.missing.length + r.problems.length,
        });
      }),
      { numRuns: 3000 },
    );
  });
});
