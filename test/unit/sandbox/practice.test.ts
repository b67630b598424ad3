import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completePractice, startHarness, type Harness } from './sandbox-harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const get = async (accountId: string) =>
  (await h.call('PracticeGet', { accountId })).practice as Record<string, unknown>;

describe('practice field rules', () => {
  it('4060 lists every problem as "<field>: <rule>" joined by "; "', async () => {
    const reply = await h.call('PracticeCreate', {
      accountId: 'p1',
      name: '  ',
      state: 'XX',
      postal: '4321',
      phone: '614-555-0100',
      fax: '123',
      timeZone: 'Europe/Paris',
      active: 'maybe',
      city: 12,
    });
    expect(reply.responseCode).toBe(4060);
    expect(reply.successful).toBe(false);
    const problems = reply.responseMessage.split('; ');
    expect(problems).toHaveLength(8);
    expect(problems).toEqual(
      expect.arrayContaining([
        'name: is required',
        'state: must be a US state or territory code',
        'postal: must be 5 or 9 digits',
        'phone: must be 10 digits',
        'fax: must be 10 digits',
        'active: must be a boolean',
        'city: must be a string',
      ]),
    );
    expect(problems.find((p) => p.startsWith('timeZone: '))).toMatch(
      /^timeZone: must be one of America\/Anchorage, .*, Zulu$/,
    );
    expect((await h.call('PracticeGet', { accountId: 'p1' })).responseCode).toBe(4131);
  });

  it('accepts every one of the 56 state codes and 5- or 9-digit postal codes', async () => {
    const codes =
      'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR VI';
    const all = codes.split(' ');
    expect(all).toHaveLength(56);
    for (const [i, state] of all.entries()) {
      const postal = i % 2 === 0 ? '43215' : '432151234';
      const r = await h.call('PracticeCreate', {
        accountId: `s-${state}`,
        name: 'N',
        state,
        postal,
        active: true,
      });
      expect(r.responseCode, state).toBe(2000);
    }
    expect(
      (await h.call('PracticeCreate', { accountId: 'lower', name: 'N', state: 'oh' })).responseCode,
    ).toBe(4060);
    expect(
      (await h.call('PracticeCreate', { accountId: 'dash', name: 'N', postal: '43215-1234' })).responseCode,
    ).toBe(4060);
  });

  it('defaults timeZone to Zulu and active to false; empty strings and nulls mean "not set"', async () => {
    const r = await h.call('PracticeCreate', {
      accountId: 'p2',
      name: 'Clinic',
      address1: '',
      city: null,
      state: '',
      postal: null,
      phone: '',
      timeZone: null,
      websiteAddress: '',
      metadata: null,
    });
    expect(r).toMatchObject({ responseCode: 2000, accountId: 'p2', action: 'create' });
    const p = await get('p2');
    expect(p).toMatchObject({
      name: 'Clinic',
      address1: null,
      city: null,
      state: null,
      postal: null,
      phone: null,
    });
    expect(p).toMatchObject({
      timeZone: 'Zulu',
      active: false,
      websiteAddress: null,
      countryCode: 'US',
      vetted: false,
    });
  });

  it('accepts "true"/"false" strings for booleans and ignores unknown fields', async () => {
    await h.call('PracticeCreate', { accountId: 'p3', name: 'A', active: 'true', someFutureField: { x: 1 } });
    expect((await get('p3')).active).toBe(true);
    await h.call('PracticeUpdate', { accountId: 'p3', name: 'A', active: 'false' });
    expect((await get('p3')).active).toBe(false);
  });

  it('4110 without any account id; body accountId wins over auth.accountId, which is the fallback', async () => {
    expect((await h.call('PracticeCreate', { name: 'A' })).responseCode).toBe(4110);
    expect((await h.call('PracticeSave', { name: 'A', accountId: '' })).responseCode).toBe(4110);
    expect((await h.call('PracticeGet', {})).responseCode).toBe(4110);
    await h.call('PracticeCreate', { name: 'From auth', active: true }, { accountId: 'via-auth' });
    expect((await get('via-auth')).name).toBe('From auth');
    const save = await h.call(
      'PracticeSave',
      { accountId: 'via-body', name: 'B' },
      { accountId: 'via-auth' },
    );
    expect(save).toMatchObject({ accountId: 'via-body', action: 'create' });
  });

  it('4130 on create of an existing account, 4131 on update of a missing one, Save upserts', async () => {
    expect((await h.call('PracticeCreate', { accountId: 'dup', name: 'A' })).responseCode).toBe(2000);
    expect((await h.call('PracticeCreate', { accountId: 'dup', name: 'A' })).responseCode).toBe(4130);
    expect((await h.call('PracticeUpdate', { accountId: 'ghost', name: 'A' })).responseCode).toBe(4131);
    expect(await h.call('PracticeSave', { accountId: 'dup', name: 'B' })).toMatchObject({ action: 'update' });
    expect(await h.call('PracticeSave', { accountId: 'fresh', name: 'C' })).toMatchObject({
      action: 'create',
    });
  });

  it('4161 for a websiteAddress that is not a DNS label', async () => {
    const bad = ['-lead', 'trail-', 'has space', 'dot.ted', 'https://x.com', 'a'.repeat(64), 'ünï'];
    for (const websiteAddress of bad) {
      const r = await h.call('PracticeCreate', { accountId: 'w', name: 'A', websiteAddress });
      expect(r.responseCode, websiteAddress).toBe(4161);
    }
    for (const websiteAddress of ['a', 'maple-family-2', 'A'.repeat(63)]) {
      const r = await h.call('PracticeSave', {
        accountId: `ok-${websiteAddress.length}`,
        name: 'A',
        websiteAddress,
      });
      expect(r.responseCode, websiteAddress).toBe(2000);
    }
  });

  it('4140 when another account holds the websiteAddress, case-insensitively; keeping your own is fine', async () => {
    await h.call('PracticeCreate', { accountId: 'a1', name: 'A', websiteAddress: 'maple' });
    expect(
      (await h.call('PracticeCreate', { accountId: 'a2', name: 'B', websiteAddress: 'MAPLE' })).responseCode,
    ).toBe(4140);
    await h.call('PracticeCreate', { accountId: 'a2', name: 'B', websiteAddress: 'oak' });
    expect(
      (await h.call('PracticeUpdate', { accountId: 'a2', name: 'B', websiteAddress: 'Maple' })).responseCode,
    ).toBe(4140);
    expect(
      (await h.call('PracticeUpdate', { accountId: 'a1', name: 'A', websiteAddress: 'Maple' })).responseCode,
    ).toBe(2000);
    // After a1 lets it go, a2 can take it.
    await h.call('PracticeUpdate', { accountId: 'a1', name: 'A' });
    expect(
      (await h.call('PracticeUpdate', { accountId: 'a2', name: 'B', websiteAddress: 'maple' })).responseCode,
    ).toBe(2000);
  });
});

describe('PracticeUpdate replaces the record', () => {
  it('clears every omitted field, timeZone back to Zulu, countryCode back to US on /1.1', async () => {
    await h.call(
      'PracticeCreate/1.1',
      completePractice('r1', { websiteAddress: 'r1', metadata: 'm', countryCode: 'PR' }),
    );
    const before = await get('r1');
    expect(before).toMatchObject({ city: 'Columbus', timeZone: 'America/New_York', countryCode: 'PR' });
    expect(before.websiteUrl).toBe('https://maple.example.com');

    await h.call('PracticeUpdate/1.1', { accountId: 'r1', name: 'Renamed' });
    const after = await get('r1');
    expect(after).toMatchObject({
      name: 'Renamed',
      address1: null,
      address2: null,
      city: null,
      state: null,
      postal: null,
      phone: null,
      fax: null,
      websiteAddress: null,
      metadata: null,
      timeZone: 'Zulu',
      active: false,
      websiteUrl: null,
      alternativeWebsiteUrl: null,
      countryCode: 'US',
    });
  });

  it('un-versioned writes ignore the 1.1 fields and an un-versioned update keeps them', async () => {
    await h.call(
      'PracticeCreate',
      completePractice('v1', { alternativeWebsiteUrl: 'https://alt.example.com' }),
    );
    expect(await get('v1')).toMatchObject({
      websiteUrl: null,
      alternativeWebsiteUrl: null,
      countryCode: 'US',
    });
    await h.call(
      'PracticeSave/1.1',
      completePractice('v1', { countryCode: 'us', alternativeWebsiteUrl: 'http://alt.example.com' }),
    );
    await h.call('PracticeUpdate', {
      accountId: 'v1',
      name: 'Kept',
      websiteUrl: 'https://ignored.example.com',
    });
    expect(await get('v1')).toMatchObject({
      name: 'Kept',
      city: null,
      websiteUrl: 'https://maple.example.com',
      alternativeWebsiteUrl: 'http://alt.example.com',
      countryCode: 'us',
    });
  });

  it('checks the 1.1 fields on /1.1 only', async () => {
    const r = await h.call(
      'PracticeCreate/1.1',
      completePractice('u1', {
        websiteUrl: 'maple.com',
        alternativeWebsiteUrl: 'ftp://x.com',
        countryCode: 'USA',
      }),
    );
    expect(r.responseCode).toBe(4060);
    expect(r.responseMessage).toBe(
      'websiteUrl: must be an http(s) URL; alternativeWebsiteUrl: must be an http(s) URL; countryCode: must be a 2-letter ISO country code',
    );
    const plain = await h.call(
      'PracticeCreate',
      completePractice('u1', { websiteUrl: 'maple.com', countryCode: 'USA' }),
    );
    expect(plain.responseCode).toBe(2000);
  });
});

describe('PracticeGet and PracticeList', () => {
  it('returns the documented fields, the 1.1 fields always', async () => {
    await h.call(
      'PracticeCreate/1.1',
      completePractice('g1', { websiteAddress: 'g-one', directDomain: 'g1.direct.example.com' }),
    );
    await h.call('PracticeCreate', { accountId: 'g2', name: 'Second' });
    const p = await get('g1');
    expect(Object.keys(p).sort()).toEqual(
      [
        'accountId',
        'name',
        'address1',
        'address2',
        'city',
        'state',
        'postal',
        'phone',
        'fax',
        'directAddress',
        'directDomain',
        'websiteAddress',
        'metadata',
        'timeZone',
        'vetted',
        'active',
        'websiteUrl',
        'alternativeWebsiteUrl',
        'countryCode',
      ].sort(),
    );
    expect(p).toMatchObject({ accountId: 'g1', postal: '43215', websiteAddress: 'g-one', active: true });
    const list = await h.call('PracticeList');
    expect((list.practiceList as Array<{ accountId: string }>).map((x) => x.accountId)).toEqual(['g1', 'g2']);
    expect((await h.call('PracticeGet', { accountId: 'nope' })).responseCode).toBe(4131);
  });
});
