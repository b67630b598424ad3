import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../services/test-services';
import { createAppServices } from '../../../src/main/services/app-services';
import { createNodePlatform } from '../../../src/main/platform/node-platform';
import type { PartnerDraft, PartnerView } from '../../../src/shared/contract/business';

type App = Awaited<ReturnType<typeof startTestApp>>;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const typed = { name: 'Acme Hea', contactEmail: 'jane@' };

describe('Business details draft', () => {
  it('keeps what was typed on disk under its environment, shows it only there, and survives a restart', async () => {
    app = await startTestApp();
    const saved = await app.call<PartnerDraft>('business.savePartnerDraft', {
      environmentId: 'sandbox',
      values: typed,
    });
    expect(saved).toMatchObject({ ok: true, data: { environmentId: 'sandbox', values: typed } });
    const file = JSON.parse(await fs.readFile(path.join(app.dataDir, 'partner-drafts.json'), 'utf8')) as {
      drafts: PartnerDraft[];
    };
    expect(file.drafts).toEqual([expect.objectContaining({ environmentId: 'sandbox', values: typed })]);

    // Another environment does not see it.
    expect((await app.call('environments.select', { id: 'qa' })).ok).toBe(true);
    const inQa = await app.call<PartnerView>('business.partner');
    expect(inQa).toMatchObject({ ok: true, data: { environment: { id: 'qa' }, draft: null } });
    expect((await app.call('environments.select', { id: 'sandbox' })).ok).toBe(true);

    // A restart (a reload, a crash) keeps it.
    await app.services.close();
    const services = await createAppServices(createNodePlatform(app.dataDir));
    try {
      expect(services.business.partnerDrafts.get('sandbox')).toMatchObject({ values: typed });
      expect(services.business.partnerDrafts.get('qa')).toBeNull();
    } finally {
      await services.close();
    }
  });

  it('is forgotten by a successful save or a discard, and refuses bad input without writing', async () => {
    app = await startTestApp();
    await app.call('business.savePartnerDraft', { environmentId: 'sandbox', values: typed });
    const details = {
      name: 'Acme Health IT',
      contactFirstName: 'Jane',
      contactLastName: 'Smith',
      contactEmail: 'jane@acme.example.com',
      contactPhone: '(614) 555-0142',
    };
    expect((await app.call('business.savePartner', { details })).ok).toBe(true);
    expect(await app.call<PartnerView>('business.partner')).toMatchObject({
      ok: true,
      data: { draft: null },
    });

    await app.call('business.savePartnerDraft', { environmentId: 'sandbox', values: typed });
    expect(await app.call('business.discardPartnerDraft', { environmentId: 'sandbox' })).toEqual({
      ok: true,
      data: { discarded: true },
    });
    expect(app.services.business.partnerDrafts.get('sandbox')).toBeNull();

    const before = await fs.readFile(path.join(app.dataDir, 'partner-drafts.json'), 'utf8');
    const unknownField = await app.call('business.savePartnerDraft', {
      environmentId: 'sandbox',
      values: { notAField: 'x' },
    });
    expect(unknownField.ok).toBe(false);
    const unknownEnv = await app.call('business.savePartnerDraft', {
      environmentId: 'nowhere',
      values: typed,
    });
    expect(unknownEnv).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    const huge = await app.call('business.savePartnerDraft', {
      environmentId: 'sandbox',
      values: { name: 'x'.repeat(2001) },
    });
    expect(huge).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await fs.readFile(path.join(app.dataDir, 'partner-drafts.json'), 'utf8')).toBe(before);
  });
});
