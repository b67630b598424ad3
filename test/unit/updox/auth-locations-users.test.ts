import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, type Harness, location, practice, startHarness, user } from './support';

let h: Harness;
let accountId = '';
beforeAll(async () => {
  h = await startHarness();
  accountId = (await h.client.practiceCreate(practice())).accountId;
});
afterAll(async () => {
  await h.close();
});

describe('auth', () => {
  it('Ping needs no credentials; the vendor and account pings pass with good ones', async () => {
    await expect(h.client.ping()).resolves.toBeUndefined();
    await expect(h.client.pingWithApplicationAuth()).resolves.toBeUndefined();
    await expect(h.client.pingWithAccountAuth(accountId)).resolves.toBeUndefined();
  });

  it('a wrong application password is an auth error (4010), not retried', async () => {
    const wrong = h.clientWith({
      credentials: { applicationId: h.sandbox.credentials.applicationId, applicationPassword: 'nope' },
    });
    const before = h.traces.length;
    const error = await failure(wrong.pingWithApplicationAuth());
    expect(error.kind).toBe('auth');
    expect(error.code).toBe(4010);
    expect(error.message).toContain('Settings');
    expect(h.traces.length - before).toBe(1);
    expect((await failure(wrong.practiceList())).kind).toBe('auth');
  });

  it('an unknown or inactive account is an auth error (4011)', async () => {
    const unknown = await failure(h.client.pingWithAccountAuth('no-such-account'));
    expect(unknown).toMatchObject({ kind: 'auth', code: 4011 });
    expect(unknown.message).toContain('no-such-account');
    const inactive = practice({ active: false });
    await h.client.practiceCreate(inactive);
    expect(await failure(h.client.pingWithAccountAuth(inactive.accountId))).toMatchObject({
      kind: 'auth',
      code: 4011,
    });
    expect(
      await failure(h.client.practiceLocationsRetrieve(inactive.accountId, { activeOnly: false })),
    ).toMatchObject({
      kind: 'auth',
      code: 4011,
    });
  });
});

describe('locations', () => {
  it('syncs locations, reports each one, and reads them back in app shape', async () => {
    const good = location();
    const inactive = location({ code: 'PWL', name: 'Powell', active: false });
    const bad = location({ code: 'BAD', zip: '12' });
    const statuses = await h.client.locationsSync(accountId, [good, inactive, bad]);
    expect(statuses.map((s) => [s.externalId, s.success])).toEqual([
      [good.externalId, true],
      [inactive.externalId, true],
      [bad.externalId, false],
    ]);
    expect(statuses[2]?.fields).toEqual({ zip: expect.stringMatching(/^ZIP code /) });

    const all = await h.client.practiceLocationsRetrieve(accountId, { activeOnly: false });
    const read = all.find((l) => l.externalId === good.externalId);
    expect(read).toEqual({ ...good, updoxId: expect.any(Number), country: expect.any(String) });
    expect(all.some((l) => l.code === 'def' && l.name === 'Default Location')).toBe(true);
    expect(all.some((l) => l.externalId === inactive.externalId)).toBe(true);
    expect(all.some((l) => l.externalId === bad.externalId)).toBe(false);

    const active = await h.client.practiceLocationsRetrieve(accountId, { activeOnly: true });
    expect(active.some((l) => l.externalId === inactive.externalId)).toBe(false);
  });

  it('a location sync is an upsert: syncing again changes, not duplicates', async () => {
    const loc = location();
    await h.client.locationsSync(accountId, [loc]);
    await h.client.locationsSync(accountId, [{ ...loc, name: 'Columbus North' }]);
    const all = await h.client.practiceLocationsRetrieve(accountId, { activeOnly: false });
    const matches = all.filter((l) => l.externalId === loc.externalId);
    expect(matches.map((l) => l.name)).toEqual(['Columbus North']);
  });
});

describe('users', () => {
  it('saves, gets and lists users; the password never comes back', async () => {
    const u = user();
    await h.client.userSave(accountId, u);
    const got = await h.client.userGet(accountId, u.userId);
    const { password: _password, ...expected } = u;
    expect(got).toEqual({ ...expected, accountId, vetted: expect.any(Boolean) });
    expect(JSON.stringify(got)).not.toContain(u.password);
    const mine = await h.client.userList(accountId);
    expect(mine.map((x) => x.userId)).toContain(u.userId);
    const all = await h.client.userList();
    expect(all.map((x) => x.userId)).toContain(u.userId);
  });

  it('a user 4060 names the app fields; an unknown user is 4231', async () => {
    const error = await failure(h.client.userSave(accountId, user({ firstName: '', lastName: '' })));
    expect(error.code).toBe(4060);
    expect(error.fields).toEqual({ firstName: 'First name is required', lastName: 'Last name is required' });
    const missing = await failure(h.client.userGet(accountId, 'ghost'));
    expect(missing).toMatchObject({ kind: 'updox', code: 4231 });
    expect(missing.message).toContain('ghost');
  });

  it('a password that breaks the policy is 4233 on the password field', async () => {
    const error = await failure(h.client.userSave(accountId, user({ password: 'short' })));
    expect(error.code).toBe(4233);
    expect(error.fields).toHaveProperty('password');
  });
});
