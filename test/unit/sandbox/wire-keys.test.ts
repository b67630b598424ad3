import { describe, expect, it } from 'vitest';
import { locationRequestItem } from '../../../src/main/updox/wire/location';
import type { LocationRecord } from '../../../src/main/updox/types';
import { blankOf } from '../../../src/shared/domain/fields/field-spec';
import { locationFieldTable, locationRecordFields } from '../../../src/shared/domain/fields/location-fields';
import { practiceFieldTable } from '../../../src/shared/domain/fields/practice-fields';
import { locationToWire } from '../../../src/sandbox/methods/locations';
import { userToWire } from '../../../src/sandbox/methods/users';
import { userFieldTable } from '../../../src/shared/domain/fields/user-fields';
import { userRequestBody } from '../../../src/main/updox/wire/user';
import { practiceToWire } from '../../../src/sandbox/methods/practice';
import { PRACTICE_V11_KEYS } from '../../../src/sandbox/provisional';
import { accountSchema, userSchema, type Account } from '../../../src/sandbox/state';
import { defaultLocationOf } from '../../../src/sandbox/default-location';

/**
 * The sandbox declares Updox's wire on its own, on purpose (it must catch the client's mistakes). These tests hold
 * the two declarations to the same key sets, entity by entity: a field added on one side only fails here.
 */

const sorted = (keys: Iterable<string>): string[] => [...keys].sort();
interface Row {
  wire: { key: string; api: string; readKey?: string; writeOnly?: true } | null;
  source: string;
}
/** The keys Updox answers a record under (a read). */
const wireKeysOf = (table: Record<string, Row>, api?: string) =>
  sorted(
    Object.values(table)
      .filter((spec) => api === undefined || spec.wire?.api === api)
      .flatMap((spec) => (spec.wire && !spec.wire.writeOnly ? [spec.wire.readKey ?? spec.wire.key] : [])),
  );
/** The keys a write sends (every field but the read-only ones). */
const writeKeysOf = (table: Record<string, Row>) =>
  sorted(
    Object.values(table)
      .filter((spec) => spec.source !== 'read')
      .flatMap((spec) => (spec.wire ? [spec.wire.key] : [])),
  );

const sampleAccount: Account = accountSchema.parse({
  accountId: 'acme',
  pid: 1,
  name: 'Acme',
  address1: null,
  address2: null,
  city: null,
  state: null,
  postal: null,
  phone: null,
  fax: null,
  timeZone: 'Zulu',
  websiteAddress: null,
  directDomain: null,
  directAddress: null,
  metadata: null,
  active: true,
  websiteUrl: null,
  alternativeWebsiteUrl: null,
  countryCode: 'US',
});

describe('wire keys: the client field tables and the sandbox agree', () => {
  it('practice: PracticeGet carries exactly the keys of the practice field table', () => {
    expect(sorted(Object.keys(practiceToWire(sampleAccount)))).toEqual(wireKeysOf(practiceFieldTable));
  });

  it('practice: the /1.1 keys are the same on both sides', () => {
    expect(sorted(Object.values(PRACTICE_V11_KEYS))).toEqual(wireKeysOf(practiceFieldTable, '1.1'));
  });

  it('practice: the sandbox stores every field the client writes', () => {
    const stored = new Set(Object.keys(accountSchema.shape));
    const written = Object.entries(practiceFieldTable)
      .filter(([, spec]) => spec.source !== 'read')
      .map(([field]) => field);
    expect(written.filter((f) => !stored.has(f))).toEqual([]);
  });

  it('location: PracticeLocationsRetrieve carries the keys of the location field table (and two the app does not read)', () => {
    const location = defaultLocationOf(7, 'acme');
    const unread = ['pid', 'sortOrder'];
    const sent = Object.keys(locationToWire(location, sampleAccount)).filter((k) => !unread.includes(k));
    expect(sorted(sent)).toEqual(wireKeysOf(locationFieldTable));
  });

  it("location: the client's LocationsSync keys are the table's write keys", () => {
    const record = Object.fromEntries(
      locationRecordFields.map((f) => [f, blankOf(locationFieldTable[f])]),
    ) as LocationRecord;
    expect(sorted(Object.keys(locationRequestItem(record)))).toEqual(writeKeysOf(locationFieldTable));
  });

  const sampleUser = userSchema.parse({
    ...Object.fromEntries(
      Object.entries(userSchema.shape).map(([k, v]) => [k, v.safeParse(null).success ? null : '']),
    ),
    accountId: 'acme',
    userId: 'u1',
    firstName: 'Ann',
    lastName: 'Lee',
    timeZone: 'Zulu',
    vetted: false,
    active: true,
    searchOptOut: false,
    provider: false,
    admin: false,
    hasPassword: true,
  });

  it('user: UserGet carries exactly the keys of the user field table', () => {
    expect(sorted(Object.keys(userToWire(sampleUser)))).toEqual(wireKeysOf(userFieldTable));
  });

  it("user: the client's UserSave body has the table's write keys", () => {
    const body = userRequestBody({
      ...Object.fromEntries(Object.keys(userFieldTable).map((k) => [k, ''])),
      provider: false,
      admin: false,
      active: true,
      searchOptOut: false,
      password: 'Secret-pass-1',
    } as Parameters<typeof userRequestBody>[0]);
    expect(sorted(Object.keys(body))).toEqual(writeKeysOf(userFieldTable));
  });
});
