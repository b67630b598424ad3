import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../services/test-services';
import { createAppServices } from '../../../src/main/services/app-services';
import { createNodePlatform } from '../../../src/main/platform/node-platform';
import type { MissingInfoResult, PartnerView, ReadinessInput } from '../../../src/shared/contract/business';
import { computeSmsReadiness } from '../../../src/shared/domain/sms-readiness';
import { callUpdox, sandboxState, smsSendCode } from '../../support/sandbox-api';
import { partnerForm } from './partner-fixtures';

type App = Awaited<ReturnType<typeof startTestApp>>;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const appSandboxState = async (a: App) =>
  (await sandboxState((await a.services.sandbox.get()).origin)) as {
    partner: Record<string, string>;
    accounts: Record<string, unknown>[];
  };

describe('business handlers', () => {
  it('saves partner details per environment, normalized, and pushes them to the sandbox', async () => {
    app = await startTestApp();
    const before = await app.call<PartnerView>('business.partner');
    expect(before).toMatchObject({ ok: true, data: { details: null, environment: { id: 'sandbox' } } });

    const bad = await app.call('business.savePartner', { details: { ...partnerForm, contactEmail: 'jane' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.fields?.['details.contactEmail']).toMatch(/^Contact email must be/);

    const saved = await app.call<PartnerView>('business.savePartner', { details: partnerForm });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.data.sandboxSync).toBe('pushed');
    expect(saved.data.details).toMatchObject({ state: 'OH', contactPhone: '6145550142' });
    expect(saved.data.updatedAt).toMatch(/^\d{4}-/);
    expect((await appSandboxState(app)).partner).toMatchObject({
      contactFirstName: 'Jane',
      contactPhone: '6145550142',
      website: '',
    });
    // Another environment has its own (none yet).
    expect(app.services.business.partners.get('qa')).toBeNull();
  });

  it('pushes stored sandbox details on start', async () => {
    app = await startTestApp();
    await app.call('business.savePartner', { details: partnerForm });
    await app.services.close();
    // The sandbox forgets (its state file is gone); the app's copy remains.
    await fs.rm(path.join(app.dataDir, 'sandbox'), { recursive: true, force: true });
    const services = await createAppServices(createNodePlatform(app.dataDir));
    try {
      const origin = (await services.sandbox.get()).origin;
      await services.business.close(); // waits for the start-up push
      const state = (await sandboxState(origin)) as { partner: Record<string, string> };
      expect(state.partner.contactEmail).toBe('jane@acme.example.com');
    } finally {
      await services.close();
    }
  });

  it('fills only the form fields with PracticeSave/1.1, keeps every other field, and SMS moves past 4039', async () => {
    app = await startTestApp();
    const origin = (await app.services.sandbox.get()).origin;
    await app.call('business.savePartner', { details: partnerForm });
    const created = await callUpdox(origin, 'PracticeCreate', {
      accountId: 'old-clinic',
      name: 'Old Clinic',
      phone: '6145550100',
      timeZone: 'America/New_York',
      directDomain: 'old.direct.example.com',
      metadata: '{"crm":42}',
      active: true,
    });
    expect(created.responseCode).toBe(2000);
    const input = await app.call<ReadinessInput>('business.readinessInput', { accountId: 'old-clinic' });
    expect(input.ok).toBe(true);
    if (!input.ok) return;
    const readiness = computeSmsReadiness(input.data.account, input.data.partner);
    expect(readiness.missing.map((i) => i.key)).toEqual(['address1', 'city', 'state', 'postal', 'website']);
    expect(await smsSendCode(origin, 'old-clinic')).toBe(4039);
    const getBefore = await callUpdox(origin, 'PracticeGet', { accountId: 'old-clinic' });

    const invalid = await app.call('business.submitMissingInfo', {
      environmentId: 'sandbox',
      accountId: 'old-clinic',
      account: { postal: '123', websiteUrl: 'not a site' },
    });
    expect(invalid.ok).toBe(false);
    if (!invalid.ok)
      expect(Object.keys(invalid.error.fields ?? {})).toEqual(['account.postal', 'account.websiteUrl']);

    const done = await app.call<MissingInfoResult>('business.submitMissingInfo', {
      environmentId: 'sandbox',
      accountId: 'old-clinic',
      account: {
        address1: '12 Elm St',
        city: 'Dublin',
        state: 'oh',
        postal: '43017-1234',
        websiteUrl: 'oldclinic.example.com',
      },
    });
    expect(done.ok).toBe(true);
    if (!done.ok) return;
    expect(done.data).toMatchObject({ accountSaved: true, partnerSaved: false });
    expect(done.data.account).toMatchObject({
      state: 'OH',
      postal: '430171234',
      websiteUrl: 'https://oldclinic.example.com',
    });
    expect(computeSmsReadiness(done.data.account, done.data.partner).complete).toBe(true);
    expect(await smsSendCode(origin, 'old-clinic')).toBe(4035);

    const getAfter = await callUpdox(origin, 'PracticeGet', { accountId: 'old-clinic' });
    const changed = ['address1', 'city', 'state', 'postal', 'websiteUrl'];
    const strip = (r: Record<string, unknown>) => {
      const practice = { ...(r.practice as Record<string, unknown>) };
      for (const k of changed) delete practice[k];
      return practice;
    };
    expect(getBefore.practice).toBeDefined();
    expect(strip(getAfter)).toEqual(strip(getBefore));
    expect(getAfter.practice).toMatchObject({
      directDomain: 'old.direct.example.com',
      metadata: '{"crm":42}',
    });
  });

  it('saves partner contact fields from the form (a first save needs a Business name) and pushes them', async () => {
    app = await startTestApp();
    const origin = (await app.services.sandbox.get()).origin;
    await callUpdox(origin, 'PracticeCreate/1.1', {
      accountId: 'full',
      name: 'Full Clinic',
      address1: '1 A St',
      city: 'Dublin',
      state: 'OH',
      postal: '43017',
      websiteUrl: 'https://full.example.com',
      active: true,
    });
    const contact = {
      contactFirstName: 'Jane',
      contactLastName: 'Smith',
      contactEmail: 'jane@acme.example.com',
      contactPhone: '614 555 0142',
    };
    const noName = await app.call('business.submitMissingInfo', {
      environmentId: 'sandbox',
      accountId: 'full',
      account: {},
      partner: contact,
    });
    expect(noName.ok).toBe(false);
    if (!noName.ok) expect(noName.error.fields).toEqual({ 'partner.name': 'Business name is required.' });

    const done = await app.call<MissingInfoResult>('business.submitMissingInfo', {
      environmentId: 'sandbox',
      accountId: 'full',
      account: {},
      partner: { ...contact, name: 'Acme' },
    });
    expect(done).toMatchObject({
      ok: true,
      data: { accountSaved: false, partnerSaved: true, sandboxSync: 'pushed' },
    });
    expect(await smsSendCode(origin, 'full')).toBe(4035);
  });

  it('refuses an unconfirmed write to Production, and writes when confirmed', async () => {
    app = await startTestApp();
    const sandbox = await app.services.sandbox.get();
    await callUpdox(sandbox.origin, 'PracticeCreate', {
      accountId: 'prod-1',
      name: 'Prod One',
      active: true,
    });
    // Production pointed at the sandbox for this test, with credentials.
    app.services.settings.update((cur) => ({
      ...cur,
      activeEnvironmentId: 'production',
      environments: cur.environments.map((e) =>
        e.id === 'production' ? { ...e, apiBase: sandbox.apiBase } : e,
      ),
    }));
    await app.services.vault.set('production', sandbox.credentials, { acceptWeakStorage: true });
    const input = { accountId: 'prod-1', account: { city: 'Dublin' }, environmentId: 'production' };
    const refused = await app.call('business.submitMissingInfo', input);
    expect(refused).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', fields: { confirmProduction: expect.any(String) } },
    });
    expect((await callUpdox(sandbox.origin, 'PracticeGet', { accountId: 'prod-1' })).practice).toMatchObject({
      city: null,
    });
    const confirmed = await app.call<MissingInfoResult>('business.submitMissingInfo', {
      ...input,
      confirmProduction: true,
    });
    expect(confirmed).toMatchObject({ ok: true, data: { account: { city: 'Dublin' } } });
  });

  it('checks a website through the handler', async () => {
    app = await startTestApp();
    const origin = (await app.services.sandbox.get()).origin;
    const r = await app.call('business.checkWebsite', { url: `${origin}/_sandbox/state` });
    expect(r).toMatchObject({ ok: true, data: { outcome: 'reachable', httpStatus: 200 } });
  });
});
