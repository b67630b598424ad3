import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SubmissionView, WizardDraftData } from '../../../src/shared/contract/onboarding';
import type { LocationRecord } from '../../../src/main/updox/types';
import { UpdoxError } from '../../../src/main/updox/updox-error';
import { openApp, removeDir, tempDataDir, type OpenApp } from './restartable-app';
import { GOOD_PASSWORD, validDraft } from './wizard-fixtures';

/** Per-location and per-user results in the journal: a retry sends only the rows not saved yet. */
let dataDir = '';
let app: OpenApp;
beforeEach(async () => {
  dataDir = await tempDataDir();
  app = await openApp(dataDir);
});
afterEach(async () => {
  await app.stop();
  await removeDir(dataDir);
});

const draftWith = (accountId: string): WizardDraftData => {
  const data = validDraft(accountId);
  data.locations.push({
    ...data.locations[1]!,
    key: 'l2',
    externalId: 'loc-north',
    code: 'north',
    name: 'North',
  });
  data.users.push({ ...data.users[0]!, key: 'u2', userId: 'bjones', loginId: 'bjones', firstName: 'Bob' });
  return data;
};
const save = (data: WizardDraftData) =>
  app.call('onboarding.saveDraft', {
    id: 'd1',
    kind: 'create',
    data,
    passwords: { u1: GOOD_PASSWORD, u2: GOOD_PASSWORD },
  });

/** Updox refuses `userId` (a 4060 naming the first name) while `refuse.on` is true. */
const refuseUser = (target: OpenApp, userId: string) => {
  const refuse = { on: true };
  target.wrapClient((client) => ({
    ...client,
    async userSave(accountId, user) {
      if (refuse.on && user.userId === userId)
        throw new UpdoxError({
          kind: 'updox',
          code: 4060,
          method: 'UserSave',
          message: 'Updox refused the user: First name is not allowed.',
          fields: { firstName: 'First name is not allowed.' },
        });
      return client.userSave(accountId, user);
    },
  }));
  return refuse;
};

const outboxItem = async (target: OpenApp) => {
  const id = target.services.onboarding.listOutbox()[0]!.id;
  const got = await target.call<SubmissionView>('onboarding.getOutboxItem', { id });
  if (!got.ok) throw new Error(got.error.message);
  return got.data;
};

describe('the submission journal by row', () => {
  it('a retry of a failed users step sends only the users not saved', async () => {
    await save(draftWith('rows-1'));
    const refuse = refuseUser(app, 'bjones');
    const failed = await app.call<SubmissionView>('onboarding.submit', { id: 'd1' });
    if (!failed.ok) throw new Error(failed.error.message);
    expect(failed.data.state).toBe('failed');
    expect(failed.data.steps).toEqual([
      { step: 'practice', state: 'done', message: '' },
      { step: 'locations', state: 'done', message: '' },
      { step: 'users', state: 'failed', message: 'Updox refused the user: First name is not allowed.' },
    ]);
    expect(failed.data.users).toEqual([
      { label: 'Jane Smith (jsmith)', success: true, message: 'Saved.' },
      {
        label: 'Bob Smith (bjones)',
        success: false,
        message: 'Updox refused the user: First name is not allowed.',
      },
    ]);
    expect(failed.data.item.lastError?.fields).toEqual({ 'users.1.firstName': 'First name is not allowed.' });

    refuse.on = false;
    const retried = await app.call<SubmissionView>('onboarding.retryOutbox', { id: failed.data.item.id });
    expect(retried.ok && retried.data.state).toBe('synced');
    expect(retried.ok && retried.data.users.every((u) => u.success)).toBe(true);
    expect(app.okCalls('UserSave', 'rows-1')).toBe(2);
    expect(app.okCalls('PracticeCreate', 'rows-1')).toBe(1);
    expect(app.okCalls('LocationsSync', 'rows-1')).toBe(1);
  });

  it('submitting the fixed draft again sends the changed user, not the one already saved', async () => {
    const data = draftWith('rows-2');
    await save(data);
    const refuse = refuseUser(app, 'bjones');
    expect((await app.call<SubmissionView>('onboarding.submit', { id: 'd1' })).ok).toBe(true);
    refuse.on = false;
    data.users[1]!.firstName = 'Robert';
    await app.call('onboarding.saveDraft', { id: 'd1', kind: 'create', data });
    const again = await app.call<SubmissionView>('onboarding.submit', { id: 'd1' });
    expect(again.ok && again.data.state).toBe('synced');
    expect(app.okCalls('UserSave', 'rows-2')).toBe(2);
    expect(app.okCalls('LocationsSync', 'rows-2')).toBe(1);
    expect(app.services.onboarding.listOutbox()).toHaveLength(1);
  });

  it('location results survive a restart; the retry sends only the refused location', async () => {
    await save(draftWith('rows-3'));
    const sent: string[][] = [];
    app.wrapClient((client) => ({
      ...client,
      async locationsSync(accountId: string, records: readonly LocationRecord[]) {
        sent.push(records.map((r) => r.code));
        const statuses = await client.locationsSync(accountId, records);
        return statuses.map((s, i) =>
          records[i]?.code === 'north' ? { ...s, success: false, message: 'Address is not deliverable.' } : s,
        );
      },
    }));
    const failed = await app.call<SubmissionView>('onboarding.submit', { id: 'd1' });
    expect(failed.ok && failed.data.steps.map((s) => s.state)).toEqual(['done', 'failed', 'not-sent']);

    await app.stop();
    app = await openApp(dataDir);
    const shown = await outboxItem(app);
    expect(shown.state).toBe('failed');
    expect(shown.locations).toEqual([
      { label: 'Powell (powell)', success: true, message: 'Saved.' },
      { label: 'North (north)', success: false, message: 'Address is not deliverable.' },
    ]);
    expect(shown.steps[1]).toMatchObject({ step: 'locations', state: 'failed' });
    expect(shown.steps[1]?.message).toMatch(/North \(north\): Address is not deliverable/);

    app.wrapClient((client) => ({
      ...client,
      async locationsSync(accountId: string, records: readonly LocationRecord[]) {
        sent.push(records.map((r) => r.code));
        return client.locationsSync(accountId, records);
      },
    }));
    const retried = await app.call<SubmissionView>('onboarding.retryOutbox', { id: shown.item.id });
    expect(retried.ok && retried.data.state).toBe('synced');
    expect(sent).toEqual([['powell', 'north'], ['north']]);
    expect(retried.ok && retried.data.locations.map((l) => l.success)).toEqual([true, true]);
  });
});
