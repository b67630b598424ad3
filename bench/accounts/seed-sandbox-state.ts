import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultLocationOf } from '../../src/sandbox/default-location';
import { emptyState, sandboxStateSchema, type Account } from '../../src/sandbox/state';
import { seededRandom } from '../stats';

/**
 * A sandbox state file with `count` practices (each with its Default Location), written where the embedded
 * sandbox of a data folder loads it (<dataDir>/sandbox/state.json) before the host starts. One write instead of
 * `count` PracticeCreate calls, each of which rewrites the whole state file.
 */
const words = [
  'Sunrise',
  'Oak',
  'Pine',
  'Maple',
  'Bayside',
  'Riverbend',
  'Cedar',
  'Lakeside',
  'Summit',
  'Valley',
];
const kinds = ['Family Care', 'Pediatrics', 'Dental', 'Medical Group', 'Clinic', 'Health', 'Urgent Care'];
const places: readonly (readonly [string, string, string])[] = [
  ['Columbus', 'OH', '43215'],
  ['Dublin', 'OH', '43017'],
  ['Austin', 'TX', '73301'],
  ['Denver', 'CO', '80202'],
  ['Phoenix', 'AZ', '85001'],
  ['Portland', 'OR', '97201'],
];

const pick = <T>(list: readonly T[], random: () => number): T =>
  list[Math.floor(random() * list.length)] as T;

export const seedAccount = (index: number, random: () => number): Account => {
  const [city, state, postal] = pick(places, random);
  const incomplete = random() < 0.2;
  return {
    accountId: `bench-${String(index).padStart(5, '0')}`,
    pid: 1001 + index,
    name: `${pick(words, random)} ${pick(kinds, random)} ${index}`,
    address1: `${100 + index} Main St`,
    address2: null,
    city,
    state,
    postal: incomplete ? null : postal,
    phone: null,
    fax: null,
    timeZone: 'America/New_York',
    websiteAddress: null,
    directDomain: null,
    directAddress: null,
    metadata: null,
    active: random() > 0.1,
    websiteUrl: incomplete ? null : 'https://example.com',
    alternativeWebsiteUrl: null,
    countryCode: 'US',
  };
};

export const seedSandboxState = async (dataDir: string, count: number, seed = 20_250_101): Promise<void> => {
  const random = seededRandom(seed);
  const state = emptyState();
  state.accounts = Array.from({ length: count }, (_, i) => seedAccount(i, random));
  state.locations = state.accounts.map((a, i) => defaultLocationOf(5001 + i, a.accountId));
  state.counters = { nextPid: 1001 + count, nextLocationId: 5001 + count, nextNumberSeq: 100 };
  const checked = sandboxStateSchema.parse(state);
  const dir = join(dataDir, 'sandbox');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await writeFile(join(dir, 'state.json'), JSON.stringify(checked), { mode: 0o600 });
};
