import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './sandbox-harness';

let h: Harness;
const acct = { accountId: 'loc-acct' };
beforeEach(async () => {
  h = await startHarness();
  await h.call('PracticeCreate', { accountId: 'loc-acct', name: 'Clinic', active: true });
  await h.call('PracticeCreate', { accountId: 'other', name: 'Other', active: true });
});
afterEach(() => h.close());

type Loc = Record<string, unknown> & { id: number; code: string; externalId: string | null };
const retrieve = async (activeOnly: unknown = false, auth = acct) =>
  (await h.call('PracticeLocationsRetrieve', { activeOnly }, auth)).locations as Loc[];

describe('locations', () => {
  it('every account starts with the "def" Default Location, with an int id', async () => {
    const [def, ...rest] = await retrieve();
    expect(rest).toEqual([]);
    expect(def).toMatchObject({ code: 'def', name: 'Default Location', externalId: null, active: true });
    expect(Number.isInteger(def?.id)).toBe(true);
    const [otherDef] = await retrieve(false, { accountId: 'other' });
    expect(otherDef?.id).not.toBe(def?.id);
  });

  it('LocationsSync answers 2000 with one status per item; failures only in statuses', async () => {
    const reply = await h.call(
      'LocationsSync',
      {
        locations: [
          {
            id: 'ext-1',
            code: 'north',
            name: 'North Office',
            address1: '1 North St',
            city: 'Columbus',
            state: 'OH',
            zip: '432151234',
            dayphone: '6145550100',
            faxphone: '6145550101',
            emailAddress: 'north@example.com',
            showInPortal: 'true',
            active: null,
          },
          {
            id: 'ext-2',
            code: 'south',
            name: '',
            zip: '1234',
            dayphone: '555-0100',
            emailAddress: 'nope',
            state: 'ZZ',
          },
          { code: 'nameless', name: 'No id' },
          'not an object',
          { id: 77, code: 'east', name: 'East', active: 'false' },
        ],
      },
      acct,
    );
    expect(reply).toMatchObject({ successful: true, responseCode: 2000 });
    const statuses = reply.statuses as Array<{ id: string | null; success: boolean; message: string | null }>;
    expect(statuses).toHaveLength(5);
    expect(statuses[0]).toEqual({ id: 'ext-1', success: true, message: null });
    expect(statuses[1]).toMatchObject({ id: 'ext-2', success: false });
    expect(statuses[1]?.message?.split('; ').sort()).toEqual(
      [
        'name: is required',
        'zip: must be 5 or 9 digits',
        'dayphone: must be 10 digits',
        'emailAddress: must be an email address',
        'state: must be a US state or territory code',
      ].sort(),
    );
    expect(statuses[2]).toEqual({ id: null, success: false, message: 'id: is required' });
    expect(statuses[3]).toMatchObject({ id: null, success: false });
    expect(statuses[4]).toEqual({ id: '77', success: true, message: null });

    const all = await retrieve();
    expect(all.map((l) => l.code)).toEqual(['def', 'north', 'east']);
    expect(all[1]).toMatchObject({
      externalId: 'ext-1',
      zip: '432151234',
      dayphone: '6145550100',
      faxphone: '6145550101',
      emailAddress: 'north@example.com',
      showInPortal: true,
      active: true,
    });
    expect((await retrieve('true')).map((l) => l.code)).toEqual(['def', 'north']);
  });

  it('identifies a location by (account, code, external id)', async () => {
    const sync = (loc: Record<string, unknown>, auth = acct) =>
      h.call('LocationsSync', { locations: [loc] }, auth);
    await sync({ id: 'x', code: 'a', name: 'First' });
    await sync({ id: 'x', code: 'a', name: 'Renamed', city: 'Dublin' });
    await sync({ id: 'x', code: 'b', name: 'Other code' });
    await sync({ id: 'x', code: 'a', name: 'Other account' }, { accountId: 'other' });
    const mine = await retrieve();
    expect(mine.map((l) => [l.code, l.externalId, l.name])).toEqual([
      ['def', null, 'Default Location'],
      ['a', 'x', 'Renamed'],
      ['b', 'x', 'Other code'],
    ]);
    expect(mine[1]?.city).toBe('Dublin');
    expect(await retrieve(false, { accountId: 'other' })).toHaveLength(2);
  });

  it('needs account auth and an array', async () => {
    expect((await h.call('LocationsSync', { locations: [] })).responseCode).toBe(4011);
    expect((await h.call('PracticeLocationsRetrieve', {}, { accountId: 'ghost' })).responseCode).toBe(4011);
    expect((await h.call('LocationsSync', { locations: {} }, acct)).responseCode).toBe(4060);
    expect((await h.call('LocationsSync', {}, acct)).statuses).toEqual([]);
  });
});

describe('users', () => {
  const user = (extra: Record<string, unknown> = {}) => ({
    userId: 'doc',
    firstName: 'Dana',
    lastName: 'Ortiz',
    loginId: 'dana',
    loginPassword: 'Str0ngpass',
    ...extra,
  });

  it('UserSave needs account auth, firstName and lastName, and a password for a new user with a web login', async () => {
    expect((await h.call('UserSave', user())).responseCode).toBe(4011);
    const missing = await h.call('UserSave', user({ firstName: '', lastName: null }), acct);
    expect(missing).toMatchObject({
      responseCode: 4060,
      responseMessage: 'firstName: is required; lastName: is required',
    });
    // A web login needs a password; a user without a login needs neither (only first and last name are required).
    expect((await h.call('UserSave', user({ loginPassword: '' }), acct)).responseCode).toBe(4232);
    expect(
      await h.call('UserSave', user({ userId: 'api-only', loginId: '', loginPassword: null }), acct),
    ).toMatchObject({ responseCode: 2000 });
    expect(
      (await h.call('UserGet', { userId: 'api-only' }, acct)).user as Record<string, unknown>,
    ).toMatchObject({ userId: 'api-only', firstName: 'Dana', lastName: 'Ortiz' });
    expect((await h.call('UserSave', user({ userId: '' }), acct)).responseCode).toBe(4210);
    expect((await h.call('UserSave', user({ userId: '@practice' }), acct)).responseCode).toBe(4241);
    expect(await h.call('UserSave', user(), acct)).toMatchObject({ responseCode: 2000 });
    // An update may leave the password out.
    expect(
      (await h.call('UserSave', user({ loginPassword: null, middleName: 'Q' }), acct)).responseCode,
    ).toBe(2000);
  });

  it('4233 for passwords outside the policy', async () => {
    const bad = ['Short1!', 'alllowercase1', 'ALLUPPERCASE1', 'NoDigitsOrSpecial', `Aa1${'x'.repeat(28)}`];
    for (const loginPassword of bad) {
      expect((await h.call('UserSave', user({ loginPassword }), acct)).responseCode, loginPassword).toBe(
        4233,
      );
    }
    for (const loginPassword of ['Abcdefg1', 'Abcdefg!', `Aa1${'x'.repeat(27)}`]) {
      expect((await h.call('UserSave', user({ loginPassword }), acct)).responseCode, loginPassword).toBe(
        2000,
      );
    }
  });

  it('never returns a password; UserList (application auth) gives accountId per item', async () => {
    await h.call('UserSave', user(), acct);
    await h.call('UserSave', user({ userId: 'nurse', firstName: 'Nia' }), { accountId: 'other' });
    const got = await h.call('UserGet', { userId: 'doc' }, acct);
    expect(got.user).toMatchObject({ userId: 'doc', accountId: 'loc-acct', firstName: 'Dana', active: true });
    expect(JSON.stringify(got)).not.toContain('Str0ngpass');
    expect(JSON.stringify(got)).not.toMatch(/password/i);
    expect((await h.call('UserGet', { userId: 'nobody' }, acct)).responseCode).toBe(4231);

    const list = await h.call('UserList');
    expect(list.responseCode).toBe(2000);
    const items = list.userList as Array<{ userId: string; accountId: string }>;
    expect(items.map((u) => [u.accountId, u.userId])).toEqual([
      ['loc-acct', 'doc'],
      ['other', 'nurse'],
    ]);
    expect(JSON.stringify(list)).not.toMatch(/password/i);
    expect((await h.call('UserList', {}, { applicationPassword: 'bad' })).responseCode).toBe(4010);
    expect(JSON.stringify(await h.state())).not.toContain('Str0ngpass');
  });

  it('UserCreate refuses an existing user (4230) and UserUpdate a missing one (4231)', async () => {
    expect((await h.call('UserCreate', user(), acct)).responseCode).toBe(2000);
    expect((await h.call('UserCreate', user(), acct)).responseCode).toBe(4230);
    expect((await h.call('UserUpdate', user({ userId: 'ghost' }), acct)).responseCode).toBe(4231);
  });
});
