import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_APPLICATION_ID, SANDBOX_APPLICATION_PASSWORD } from '../../../src/sandbox/index';
import { completePractice, startHarness, type Harness } from './sandbox-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.call('PracticeCreate', completePractice('acct-1'));
  await h.call(
    'UserSave',
    { userId: 'u1', firstName: 'Ann', lastName: 'Lee', loginPassword: 'Secret#123' },
    { accountId: 'acct-1' },
  );
});
afterAll(() => h.close());

const post = (path: string, init: RequestInit = {}) =>
  fetch(`${h.sandbox.origin}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    ...init,
  });

describe('auth levels', () => {
  it('uses the well-known vendor credentials by default', () => {
    expect(h.sandbox.credentials).toEqual({
      applicationId: SANDBOX_APPLICATION_ID,
      applicationPassword: SANDBOX_APPLICATION_PASSWORD,
    });
    expect(h.sandbox.apiBase).toBe(`${h.sandbox.origin}/api/io/`);
    expect(h.sandbox.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('Ping needs no auth at all, even with no auth object', async () => {
    expect(await h.raw('Ping', {})).toEqual({ successful: true, responseMessage: 'OK', responseCode: 2000 });
    expect((await h.raw('Ping', { auth: { applicationId: 'wrong' } })).responseCode).toBe(2000);
  });

  it('application level: 4010 for wrong, missing or non-string credentials', async () => {
    expect((await h.call('PingWithApplicationAuth')).responseCode).toBe(2000);
    const wrong = await h.call('PingWithApplicationAuth', {}, { applicationPassword: 'nope' });
    expect(wrong).toMatchObject({ successful: false, responseCode: 4010 });
    expect((await h.raw('PingWithApplicationAuth', {})).responseCode).toBe(4010);
    expect((await h.call('PingWithApplicationAuth', {}, { applicationId: 42 })).responseCode).toBe(4010);
  });

  it('account level: 4010 first, then 4011 for a missing or empty account', async () => {
    expect((await h.call('PingWithAccountAuth', {}, { accountId: 'acct-1' })).responseCode).toBe(2000);
    expect(
      (await h.call('PingWithAccountAuth', {}, { accountId: 'acct-1', applicationPassword: 'x' }))
        .responseCode,
    ).toBe(4010);
    expect((await h.call('PingWithAccountAuth', {}, { accountId: 'nobody' })).responseCode).toBe(4011);
    expect((await h.call('PingWithAccountAuth')).responseCode).toBe(4011);
  });

  it('full level: 4010, 4011, then 4012 for a missing or inactive user', async () => {
    const full = { accountId: 'acct-1', userId: 'u1' };
    expect((await h.call('PingWithAuth', {}, full)).responseCode).toBe(2000);
    expect((await h.call('PingWithAuth', {}, { ...full, applicationId: 'x' })).responseCode).toBe(4010);
    expect((await h.call('PingWithAuth', {}, { ...full, accountId: 'nobody' })).responseCode).toBe(4011);
    expect((await h.call('PingWithAuth', {}, { ...full, userId: 'ghost' })).responseCode).toBe(4012);
    await h.call(
      'UserSave',
      { userId: 'u2', firstName: 'B', lastName: 'C', loginPassword: 'Secret#123', active: false },
      {
        accountId: 'acct-1',
      },
    );
    expect((await h.call('PingWithAuth', {}, { accountId: 'acct-1', userId: 'u2' })).responseCode).toBe(4012);
  });

  it('an inactive account looks exactly like a missing one; PracticeUpdate and PracticeSave reactivate it', async () => {
    await h.call('PracticeCreate', completePractice('sleepy', { active: false }));
    const missing = await h.call('PingWithAccountAuth', {}, { accountId: 'never-existed' });
    const inactive = await h.call('PingWithAccountAuth', {}, { accountId: 'sleepy' });
    expect(inactive).toEqual(missing);
    expect(inactive.responseCode).toBe(4011);
    expect((await h.call('LocationsSync', { locations: [] }, { accountId: 'sleepy' })).responseCode).toBe(
      4011,
    );

    const update = await h.call('PracticeUpdate', completePractice('sleepy', { active: 'true' }), {
      accountId: 'sleepy',
    });
    expect(update).toMatchObject({ responseCode: 2000, accountId: 'sleepy', action: 'update' });
    expect((await h.call('PingWithAccountAuth', {}, { accountId: 'sleepy' })).responseCode).toBe(2000);

    await h.call('PracticeSave', completePractice('sleepy', { active: false }));
    expect((await h.call('PingWithAccountAuth', {}, { accountId: 'sleepy' })).responseCode).toBe(4011);
    await h.call('PracticeSave', completePractice('sleepy', { active: true }));
    expect((await h.call('PingWithAccountAuth', {}, { accountId: 'sleepy' })).responseCode).toBe(2000);
  });

  it('honours custom vendor credentials', async () => {
    const other = await startHarness({ appId: 'my-app', appPassword: 'my-secret' });
    try {
      expect(other.sandbox.credentials).toEqual({
        applicationId: 'my-app',
        applicationPassword: 'my-secret',
      });
      expect((await other.call('PingWithApplicationAuth')).responseCode).toBe(2000);
      const withDefaults = await other.raw('PingWithApplicationAuth', {
        auth: { applicationId: SANDBOX_APPLICATION_ID, applicationPassword: SANDBOX_APPLICATION_PASSWORD },
      });
      expect(withDefaults.responseCode).toBe(4010);
    } finally {
      await other.close();
    }
  });
});

describe('transport', () => {
  it('matches method names case-insensitively and refuses unknown ones with HTTP 404', async () => {
    expect((await h.raw('ping', {})).responseCode).toBe(2000);
    expect((await h.call('pingWithApplicationAuth')).responseCode).toBe(2000);
    expect((await h.call('PRACTICELIST')).responseCode).toBe(2000);
    const res = await post('/api/io/PracticeDelete', { body: '{}' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      successful: false,
      responseCode: 4000,
      responseMessage: 'Unknown method: PracticeDelete',
    });
  });

  it('knows /1.1 only for the practice writes', async () => {
    expect((await post('/api/io/practicecreate/1.1', { body: '{}' })).status).toBe(200);
    expect((await post('/api/io/Ping/1.1', { body: '{}' })).status).toBe(404);
    expect((await post('/api/io/PracticeCreate/1.2', { body: '{}' })).status).toBe(404);
    expect((await post('/api/io//Ping', { body: '{}' })).status).toBe(404);
  });

  it('answers 405 to anything but POST', async () => {
    const res = await fetch(`${h.sandbox.apiBase}Ping`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('answers 400 to malformed JSON and the 4000 envelope to a non-object body', async () => {
    const res = await post('/api/io/Ping', { body: '{"auth": ' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ successful: false, responseCode: 4000 });
    const arr = await post('/api/io/PingWithApplicationAuth', { body: '[1,2]' });
    expect(arr.status).toBe(200);
    expect(await arr.json()).toMatchObject({ successful: false, responseCode: 4000 });
    expect((await post('/api/io/Ping', { body: '' })).status).toBe(200);
  });

  it('answers 413 to a body over 1 MiB and still serves the next call', async () => {
    const big = JSON.stringify({ padding: 'x'.repeat(1024 * 1024 + 10) });
    const res = await post('/api/io/Ping', { body: big });
    expect(res.status).toBe(413);
    expect((await res.json()).responseCode).toBe(4020);
    const control = await fetch(`${h.sandbox.origin}/_sandbox/sms`, { method: 'POST', body: big });
    expect(control.status).toBe(413);
    const justUnder = JSON.stringify({ padding: 'x'.repeat(1024 * 1024 - 100) });
    expect((await post('/api/io/Ping', { body: justUnder })).status).toBe(200);
  });

  it('answers 404 outside /api/io/ and /_sandbox/', async () => {
    expect((await fetch(`${h.sandbox.origin}/`)).status).toBe(404);
  });
});
