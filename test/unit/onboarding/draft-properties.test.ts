import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DRAFT_TEXT_MAX,
  checkWizardRecord,
  type DraftView,
  type SubmissionView,
  type WizardDraftData,
} from '../../../src/shared/contract/onboarding';
import { updoxTimeZoneValues } from '../../../src/shared/domain/time-zones';
import { usStateCodes } from '../../../src/shared/domain/us-states';
import { startTestApp } from '../services/test-services';
import { GOOD_PASSWORD, validDraft } from './wizard-fixtures';
import { sandboxState } from '../../support/sandbox-api';

type App = Awaited<ReturnType<typeof startTestApp>>;
let app: App;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const word = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}[A-Za-z]$/);
const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));

/** Valid wizard records, typed in the formats people use (ZIP with a dash, phones with punctuation). */
const validRecord: fc.Arbitrary<WizardDraftData> = fc
  .record({
    accountId: fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,30}$/),
    name: word,
    city: word,
    state: fc.constantFrom(...usStateCodes),
    zip: fc.oneof(
      digits(5),
      fc.tuple(digits(5), digits(4)).map(([a, b]) => `${a}-${b}`),
    ),
    timeZone: fc.constantFrom(...updoxTimeZoneValues),
    active: fc.boolean(),
    website: fc.constantFrom('', 'https://a.example.com', 'http://b.example.org/x'),
    firstName: word,
    lastName: word,
    userId: fc.stringMatching(/^[a-z][a-z0-9._-]{0,20}$/),
  })
  .map((v) => {
    const d = validDraft(v.accountId, v.name);
    d.practice = {
      ...d.practice,
      city: v.city,
      state: v.state,
      postal: v.zip,
      timeZone: v.timeZone,
      active: v.active,
      websiteUrl: v.website,
    };
    d.users = [{ ...d.users[0]!, firstName: v.firstName, lastName: v.lastName, userId: v.userId }];
    return d;
  });

let n = 0;
const nextId = () => `prop-${(n += 1)}`;

describe('wizard drafts (properties, through the onboarding calls)', () => {
  it('any valid wizard record round-trips through draft storage unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(validRecord, async (data) => {
        expect(checkWizardRecord(data, () => GOOD_PASSWORD).ok).toBe(true);
        const id = nextId();
        const saved = await app.call('onboarding.saveDraft', {
          id,
          kind: 'create',
          data,
          passwords: { u1: GOOD_PASSWORD },
        });
        expect(saved.ok).toBe(true);
        const got = await app.call<DraftView>('onboarding.getDraft', { id });
        expect(got.ok && got.data.data).toEqual(data);
        expect(got.ok && got.data.passwordsSaved).toEqual(['u1']);
      }),
      { numRuns: 40 },
    );
  });

  const invalidPayloads: fc.Arbitrary<unknown> = fc.oneof(
    // wrong types
    validRecord.map((d) => ({ ...d, practice: { ...d.practice, postal: 43017 } })),
    validRecord.map((d) => ({ ...d, practice: { ...d.practice, active: 'yes' } })),
    validRecord.map((d) => ({ ...d, users: 'jsmith' })),
    // unknown keys
    fc
      .tuple(validRecord, fc.stringMatching(/^[a-z]{3,10}$/))
      .map(([d, k]) => ({ ...d, practice: { ...d.practice, [`x${k}`]: '' } })),
    validRecord.map((d) => ({ ...d, users: [{ ...d.users[0]!, password: GOOD_PASSWORD }] })),
    // over-long strings
    fc
      .tuple(validRecord, fc.integer({ min: DRAFT_TEXT_MAX + 1, max: DRAFT_TEXT_MAX + 50 }))
      .map(([d, len]) => ({
        ...d,
        practice: { ...d.practice, city: 'a'.repeat(len) },
      })),
  );

  it('any invalid draft payload is rejected with a field message and stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(invalidPayloads, async (data) => {
        const id = nextId();
        const before = app.services.onboarding.drafts.list().length;
        const saved = await app.call('onboarding.saveDraft', { id, kind: 'create', data });
        expect(saved.ok).toBe(false);
        if (saved.ok) return;
        expect(saved.error.kind).toBe('validation');
        expect(Object.keys(saved.error.fields ?? {}).length).toBeGreaterThan(0);
        expect(app.services.onboarding.drafts.list().length).toBe(before);
        expect((await app.call('onboarding.getDraft', { id })).ok).toBe(false);
      }),
      { numRuns: 40 },
    );
  });

  const brokenRecord = fc.tuple(
    validRecord,
    fc.constantFrom(
      ['postal', '1234'],
      ['phone', '555-0120'],
      ['name', '   '],
      ['accountId', 'bad id!'],
      ['state', 'Atlantis'],
      ['websiteUrl', 'ftp://x'],
      ['directAddress', 'nobody'],
      ['websiteAddress', '-x-'],
    ),
  );

  it('the submit path rejects an invalid record with field messages and sends and queues nothing', async () => {
    await fc.assert(
      fc.asyncProperty(brokenRecord, async ([data, [field, value]]) => {
        const id = nextId();
        const broken = { ...data, practice: { ...data.practice, [field]: value } };
        await app.call('onboarding.saveDraft', {
          id,
          kind: 'create',
          data: broken,
          passwords: { u1: GOOD_PASSWORD },
        });
        const result = await app.call<SubmissionView>('onboarding.submit', { id, confirmDeactivate: true });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.fields?.[`practice.${field}`]).toMatch(/\w/);
        expect(app.services.onboarding.listOutbox()).toEqual([]);
      }),
      { numRuns: 24 },
    );
    const state = await sandboxState((await app.services.sandbox.get()).origin);
    expect((state as { accounts: unknown[] }).accounts).toEqual([]);
  });
});
