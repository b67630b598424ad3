import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, type Harness, practice, startHarness, tracesFor, uniqueId } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('practice create / get / list', () => {
  it('creates with /1.1 and reads every field back, /1.1 fields included', async () => {
    const record = practice();
    const result = await h.client.practiceCreate(record);
    expect(result).toEqual({ accountId: record.accountId, action: 'create', reconciled: false });
    const details = await h.client.practiceGet(record.accountId);
    expect(details).toEqual({ ...record, vetted: false, version11FieldsReturned: true });
    const list = await h.client.practiceList();
    expect(list.find((p) => p.accountId === record.accountId)?.name).toBe(record.name);
  });

  it('an un-versioned create does not send the /1.1 fields', async () => {
    const record = practice();
    await h.client.practiceCreate(record, { version: '1.0' });
    const details = await h.client.practiceGet(record.accountId);
    expect(details.websiteUrl).toBe('');
    expect(details.alternativeWebsiteUrl).toBe('');
    expect(details.name).toBe(record.name);
  });

  it('4060 names every field Updox refused, by app field name', async () => {
    const error = await failure(h.client.practiceCreate(practice({ name: '', postal: '123' })));
    expect(error.kind).toBe('updox');
    expect(error.code).toBe(4060);
    expect(error.method).toBe('PracticeCreate');
    expect(error.fields).toMatchObject({
      name: 'Practice name is required',
      postal: expect.stringMatching(/^ZIP code /),
    });
    expect(error.message).toMatch(/^Updox did not accept the request: .*Fix these fields and try again\.$/);
    expect(error.updoxMessage).toContain('postal');
  });

  it('4060 on a /1.1 field maps the provisional key to the app field', async () => {
    const error = await failure(
      h.client.practiceCreate(practice({ websiteUrl: 'not a url', countryCode: 'USA' })),
    );
    expect(error.code).toBe(4060);
    expect(Object.keys(error.fields ?? {})).toEqual(expect.arrayContaining(['websiteUrl', 'countryCode']));
  });

  it('4130 for an existing account, in the UX words, naming the field', async () => {
    const record = practice();
    await h.client.practiceCreate(record);
    const error = await failure(
      h.client.practiceCreate({ ...record, websiteAddress: `${record.websiteAddress}-2` }),
    );
    expect(error.toData()).toEqual({
      kind: 'updox',
      code: 4130,
      message: `An account with ID ${record.accountId} already exists. Open it to review an update instead?`,
      fields: {
        accountId: `An account with ID ${record.accountId} already exists. Open it to review an update instead?`,
      },
    });
    expect(
      tracesFor(h.traces, 'PracticeCreate').filter((t) => t.accountId === record.accountId),
    ).toHaveLength(2);
  });

  it('4140 when the portal web address is taken', async () => {
    const first = practice();
    await h.client.practiceCreate(first);
    const error = await failure(h.client.practiceCreate(practice({ websiteAddress: first.websiteAddress })));
    expect(error.code).toBe(4140);
    expect(error.message).toBe(`The portal web address '${first.websiteAddress}' is taken. Choose another.`);
    expect(error.fields).toHaveProperty('websiteAddress');
  });

  it('4131 when updating an account that does not exist; 4110 without an Account ID', async () => {
    const missing = await failure(h.client.practiceUpdate(practice({ accountId: 'never-created-1' })));
    expect(missing.code).toBe(4131);
    expect(missing.message).toContain('never-created-1');
    const noId = await failure(
      h.client.practiceSave(practice({ accountId: '', websiteAddress: uniqueId('w') })),
    );
    expect(noId.code).toBe(4110);
    expect(noId.fields).toHaveProperty('accountId');
  });

  it('PracticeGet of an unknown account is 4131, not retried', async () => {
    const before = tracesFor(h.traces, 'PracticeGet').length;
    const error = await failure(h.client.practiceGet('no-such-account'));
    expect(error.code).toBe(4131);
    expect(tracesFor(h.traces, 'PracticeGet').length - before).toBe(1);
  });
});

describe('practice update and save', () => {
  it('PracticeUpdate sends every field: changing one field clears nothing else', async () => {
    const record = practice();
    await h.client.practiceCreate(record);
    const result = await h.client.practiceUpdate({ ...record, phone: '6145550199' });
    expect(result).toEqual({ accountId: record.accountId, action: 'update', reconciled: false });
    const details = await h.client.practiceGet(record.accountId);
    expect(details).toEqual({ ...record, phone: '6145550199', vetted: false, version11FieldsReturned: true });
  });

  it('an un-versioned update leaves the /1.1 fields as they were', async () => {
    const record = practice();
    await h.client.practiceCreate(record);
    await h.client.practiceUpdate(
      { ...record, city: 'Dublin', websiteUrl: 'https://ignored.example.com' },
      { version: '1.0' },
    );
    const details = await h.client.practiceGet(record.accountId);
    expect(details.city).toBe('Dublin');
    expect(details.websiteUrl).toBe(record.websiteUrl);
    expect(details.timeZone).toBe(record.timeZone);
    expect(details.active).toBe(true);
  });

  it('refuses a partial record instead of clearing fields on Updox', async () => {
    const record = practice();
    const { phone: _dropped, ...partial } = record;
    const before = h.traces.length;
    const error = await failure(h.client.practiceUpdate(partial as typeof record));
    expect(error.kind).toBe('internal');
    expect(error.message).toContain('phone');
    expect(h.traces.length).toBe(before);
  });

  it('PracticeSave creates then updates, and can reactivate an account', async () => {
    const record = practice({ active: false });
    expect((await h.client.practiceSave(record)).action).toBe('create');
    expect((await h.client.practiceGet(record.accountId)).active).toBe(false);
    expect((await h.client.practiceSave({ ...record, active: true })).action).toBe('update');
    expect((await h.client.practiceGet(record.accountId)).active).toBe(true);
  });
});
