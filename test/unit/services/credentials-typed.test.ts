import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp } from './test-services';
import { callUpdox, setFaults } from '../../support/sandbox-api';

type App = Awaited<ReturnType<typeof startTestApp>>;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('Test credentials', () => {
  it('tests the typed credentials without saving them, and leaves the stored ones as they were', async () => {
    app = await startTestApp();
    // Wrong ones saved.
    await app.call('credentials.save', {
      environmentId: 'sandbox',
      applicationId: 'sandbox-vendor',
      applicationPassword: 'not-the-password',
    });
    // The right ones typed: accepted, not stored, not marked as verified.
    const typed = await app.call('credentials.test', {
      environmentId: 'sandbox',
      applicationId: 'sandbox-vendor',
      applicationPassword: 'sandbox-password',
    });
    expect(typed).toMatchObject({ ok: true, data: { tested: 'typed', set: true } });
    if (typed.ok) expect(typed.data).not.toHaveProperty('verifiedAt');
    expect(app.services.vault.get('sandbox')?.applicationPassword).toBe('not-the-password');
    // The saved ones are still the wrong ones.
    const saved = await app.call('credentials.test', { environmentId: 'sandbox' });
    expect(saved).toMatchObject({ ok: false, error: { kind: 'auth' } });
    // Wrong ones typed are refused, by Updox's word.
    const wrong = await app.call('credentials.test', {
      environmentId: 'sandbox',
      applicationId: 'sandbox-vendor',
      applicationPassword: 'still-wrong',
    });
    expect(wrong).toMatchObject({ ok: false, error: { kind: 'auth' } });
    // Half typed: the field is named.
    const half = await app.call('credentials.test', { environmentId: 'sandbox', applicationPassword: 'x' });
    expect(half).toMatchObject({ ok: false, error: { kind: 'validation' } });
    if (!half.ok) expect(Object.values(half.error.fields ?? {}).join(' ')).toMatch(/Application ID/);
  });
});

describe('SMS accounts offline', () => {
  it('are the copy on disk when Updox cannot be reached, and say so; none when there is no copy', async () => {
    app = await startTestApp();
    const origin = (await app.services.sandbox.get()).origin;
    await setFaults(origin, [{ kind: 'drop' }]);
    const none = await app.call('sms.accounts');
    expect(none).toMatchObject({
      ok: true,
      data: { source: 'none', accounts: [], unreachable: { kind: 'network' } },
    });

    await setFaults(origin, []);
    await callUpdox(origin, 'PracticeCreate', { accountId: 'lake-1', name: 'Lakeside', active: true });
    expect((await app.call('accounts.list')).ok).toBe(true); // keeps the copy on disk
    await app.services.accounts.cache.idle();
    await setFaults(origin, [{ kind: 'drop' }]);
    const cached = await app.call('sms.accounts');
    expect(cached).toMatchObject({
      ok: true,
      data: {
        source: 'cache',
        asOf: expect.any(String),
        accounts: [{ accountId: 'lake-1', name: 'Lakeside' }],
      },
    });
  });
});
