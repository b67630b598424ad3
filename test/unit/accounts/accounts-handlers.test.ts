import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountDetails, AccountList } from '../../../src/shared/contract/accounts';
import { startTestApp } from '../services/test-services';
import { setFaults, syncLocations } from '../../support/sandbox-api';
import {
  completePartner,
  completePractice,
  createSandboxPractice,
  oakPediatrics,
  powellLocation,
} from './sandbox-practices';

type App = Awaited<ReturnType<typeof startTestApp>>;
let app: App;
let origin: string;

beforeEach(async () => {
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  app = await startTestApp();
  origin = (await app.services.sandbox.get()).origin;
});
afterEach(async () => {
  await app.close();
  vi.restoreAllMocks();
});

const list = async () => {
  const r = await app.call<AccountList>('accounts.list');
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
};

describe('accounts.list', () => {
  it('lists the sandbox practices with city, state, active and SMS readiness against the partner details', async () => {
    await createSandboxPractice(origin, completePractice('sunrise-01', 'Sunrise Family Care'));
    await createSandboxPractice(origin, { ...oakPediatrics, state: '' });

    const before = await list();
    expect(before).toMatchObject({ environmentId: 'sandbox', environmentName: 'Sandbox', source: 'live' });
    const byId = Object.fromEntries(before.practices.map((p) => [p.accountId, p]));
    expect(byId['oak-2']).toMatchObject({ name: 'Oak Pediatrics', city: 'Powell', state: '', active: false });
    // No partner details yet: the four contact items are missing even for a complete practice.
    expect(byId['sunrise-01']).toMatchObject({ active: true, sms: { complete: false, issues: 4 } });
    // Oak: address1, state, ZIP code, website and the four contact items.
    expect(byId['oak-2']?.sms).toEqual({ complete: false, issues: 8 });

    await app.services.business.partners.save('sandbox', completePartner);
    const after = Object.fromEntries((await list()).practices.map((p) => [p.accountId, p]));
    expect(after['sunrise-01']?.sms).toEqual({ complete: true, issues: 0 });
    // The partner's website now stands in for Oak's missing one.
    expect(after['oak-2']?.sms).toEqual({ complete: false, issues: 3 });
  });

  it('shows the copy on disk, with its time, when Updox cannot be reached, and says why', async () => {
    await createSandboxPractice(origin, completePractice('a-1', 'Alder Clinic'));
    const live = await list();
    await app.services.accounts.cache.idle();
    expect(await fs.readdir(path.join(app.dataDir, 'accounts-cache'))).toEqual(['practices-sandbox.json']);

    await setFaults(origin, [{ kind: 'drop' }]);
    const offline = await list();
    expect(offline).toMatchObject({ source: 'cache', asOf: live.asOf, unreachable: { kind: 'network' } });
    expect(offline.practices).toEqual(live.practices);
    await expect(app.services.connection.current()).resolves.toMatchObject({ state: 'unreachable' });

    await setFaults(origin, []);
    await createSandboxPractice(origin, completePractice('b-2', 'Birch Clinic'));
    const back = await list();
    expect(back.source).toBe('live');
    expect(back.practices.map((p) => p.accountId).sort()).toEqual(['a-1', 'b-2']);
  });

  it('says there is no copy when Updox was never reached, without failing', async () => {
    await setFaults(origin, [{ kind: 'drop' }]);
    const offline = await list();
    expect(offline).toMatchObject({
      source: 'none',
      asOf: null,
      practices: [],
      unreachable: { kind: 'network' },
    });
  });

  it('passes on an answer from Updox that is an error (wrong credentials), without the copy', async () => {
    await app.call('credentials.save', {
      environmentId: 'sandbox',
      applicationId: 'sandbox-vendor',
      applicationPassword: 'wrong',
    });
    const r = await app.call('accounts.list');
    expect(r).toMatchObject({ ok: false, error: { kind: 'auth', code: 4010 } });
  });
});

describe('accounts.get', () => {
  it('answers the whole record and every location', async () => {
    await createSandboxPractice(origin, completePractice('sunrise-01', 'Sunrise Family Care'));
    await syncLocations(origin, 'sunrise-01', [{ ...powellLocation, active: false }]);
    const r = await app.call<AccountDetails>('accounts.get', { accountId: 'sunrise-01' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data).toMatchObject({
      source: 'live',
      practice: {
        accountId: 'sunrise-01',
        name: 'Sunrise Family Care',
        postal: '43017',
        websiteUrl: 'https://example.com',
      },
      sms: { complete: false, issues: 4 },
      locationsError: null,
    });
    expect(r.data.locations?.map((l) => [l.code, l.name, l.active])).toEqual([
      ['def', 'Default Location', true],
      ['pow', 'Powell', false],
    ]);
  });

  it('says plainly when the account does not exist', async () => {
    const r = await app.call('accounts.get', { accountId: 'nobody-here' });
    expect(r).toMatchObject({
      ok: false,
      error: { kind: 'updox', message: expect.stringContaining('nobody-here') },
    });
  });

  it('falls back to the record in the copy on disk, without locations, when Updox cannot be reached', async () => {
    await createSandboxPractice(origin, completePractice('a-1', 'Alder Clinic'));
    await list();
    await setFaults(origin, [{ kind: 'drop' }]);
    const r = await app.call<AccountDetails>('accounts.get', { accountId: 'a-1' });
    expect(r).toMatchObject({
      ok: true,
      data: {
        source: 'cache',
        practice: { name: 'Alder Clinic' },
        locations: null,
        unreachable: { kind: 'network' },
      },
    });
    const missing = await app.call('accounts.get', { accountId: 'not-cached' });
    expect(missing).toMatchObject({ ok: false, error: { kind: 'network' } });
  });

  it('refuses a blank account ID', async () => {
    expect(await app.call('accounts.get', { accountId: '  ' })).toMatchObject({
      ok: false,
      error: { kind: 'validation' },
    });
  });
});
