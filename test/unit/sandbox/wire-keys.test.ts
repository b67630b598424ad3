import { describe, expect, it } from 'vitest';
import { practiceFieldTable } from '../../../src/shared/domain/fields/practice-fields';
import { practiceToWire } from '../../../src/sandbox/methods/practice';
import { PRACTICE_V11_KEYS } from '../../../src/sandbox/provisional';
import { accountSchema, type Account } from '../../../src/sandbox/state';

/**
 * The sandbox declares Updox's wire on its own, on purpose (it must catch the client's mistakes). These tests hold
 * the two declarations to the same key sets, entity by entity: a field added on one side only fails here.
 */

const sorted = (keys: Iterable<string>): string[] => [...keys].sort();
const wireKeysOf = (table: Record<string, { wire: { key: string; api: string } }>, api?: string) =>
  sorted(
    Object.values(table)
      .filter((spec) => api === undefined || spec.wire.api === api)
      .map((spec) => spec.wire.key),
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
});
