import { z } from 'zod';

/**
 * A stand-in for the onboarding wizard's draft data, sized and shaped like a real one (a practice, its locations
 * and users: about 1.5 KB of JSON) and validated with the same kinds of rules. Benchmark data only.
 */
const addressShape = {
  address1: z.string().max(100),
  address2: z.string().max(100),
  city: z.string().max(60),
  state: z.string().regex(/^([A-Z]{2})?$/),
  zip: z.string().regex(/^(\d{5}(-\d{4})?)?$/),
};

export const practiceDraftDataSchema = z.object({
  step: z.enum(['practice', 'locations', 'users', 'review']),
  practice: z.object({
    name: z.string().max(100),
    accountId: z.string().max(50),
    ...addressShape,
    phone: z.string().max(20),
    fax: z.string().max(20),
    timeZone: z.string().max(40),
    portalAddress: z.string().max(60),
    directAddress: z.string().max(100),
    websiteUrl: z.string().max(200),
    alternativeWebsiteUrl: z.string().max(200),
    active: z.boolean(),
  }),
  locations: z
    .array(z.object({ name: z.string().max(100), code: z.string().max(30), ...addressShape }))
    .max(50),
  users: z
    .array(
      z.object({
        firstName: z.string().max(50),
        lastName: z.string().max(50),
        userId: z.string().max(50),
        loginId: z.string().max(100),
        provider: z.boolean(),
        administrator: z.boolean(),
      }),
    )
    .max(100),
});

export type PracticeDraftData = z.infer<typeof practiceDraftDataSchema>;

const cities = ['Columbus', 'Dublin', 'Powell', 'Westerville', 'Hilliard', 'Worthington', 'Delaware'];
const names = ['Avery', 'Jordan', 'Morgan', 'Riley', 'Casey', 'Quinn', 'Rowan', 'Harper', 'Emerson'];

export function practiceDraftData(index: number, random: () => number): PracticeDraftData {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const digits = (count: number) => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
  const address = (n: number) => ({
    address1: `${100 + n} ${pick(names)} Medical Parkway`,
    address2: `Suite ${digits(3)}`,
    city: pick(cities),
    state: 'OH',
    zip: `43${digits(3)}-${digits(4)}`,
  });
  const slug = `practice-${index}`;
  return {
    step: 'locations',
    practice: {
      name: `${pick(cities)} Family Medicine ${index}`,
      accountId: slug,
      ...address(index),
      phone: `(614) 555-${digits(4)}`,
      fax: `(614) 555-${digits(4)}`,
      timeZone: 'America/New_York',
      portalAddress: slug,
      directAddress: `frontdesk@${slug}.direct.example.org`,
      websiteUrl: `https://www.${slug}.example.com`,
      alternativeWebsiteUrl: `https://${slug}.example.org/patients`,
      active: true,
    },
    locations: [0, 1, 2].map((n) => ({
      name: `${pick(cities)} Office ${n + 1}`,
      code: `LOC-${n + 1}`,
      ...address(n),
    })),
    users: [0, 1, 2].map((n) => {
      const first = pick(names);
      const last = pick(names);
      return {
        firstName: first,
        lastName: last,
        userId: `${first.toLowerCase()}.${last.toLowerCase()}${n}`,
        loginId: `${first.toLowerCase()}.${last.toLowerCase()}@${slug}.example.com`,
        provider: n === 0,
        administrator: n === 1,
      };
    }),
  };
}
