import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAllFiles, startTestApp } from '../services/test-services';
import type { DraftView, ReviewView, SubmissionView } from '../../../src/shared/contract/onboarding';
import { GOOD_PASSWORD, validDraft } from './wizard-fixtures';
import { sandboxState, setFaults } from '../../support/sandbox-api';

type App = Awaited<ReturnType<typeof startTestApp>>;
let app: App;
let sandboxOrigin: string;

const stateNow = async () =>
  (await sandboxState(sandboxOrigin)) as {
    accounts: { accountId: string; name: string; postal: string; phone: string }[];
    locations: { accountId: string; code: string; externalId: string | null; zip: string | null }[];
    users: { accountId: string; userId: string }[];
  };

beforeEach(async () => {
  app = await startTestApp();
  sandboxOrigin = (await app.services.sandbox.get()).origin;
});
afterEach(async () => {
  await setFaults(sandboxOrigin, []);
  await app.close();
});

const save = (id: string, accountId: string, passwords: Record<string, string> = { u1: GOOD_PASSWORD }) =>
  app.call('onboarding.saveDraft', { id, kind: 'create', data: validDraft(accountId), passwords });

describe('onboarding submit', () => {
  it('creates the practice, its locations and users, and drops the draft and its password', async () => {
    expect((await save('d1', 'sunrise-1')).ok).toBe(true);
    const files = await readAllFiles(app.dataDir);
    for (const [name, text] of Object.entries(files)) expect(text, name).not.toContain(GOOD_PASSWORD);

    const result = await app.call<SubmissionView>('onboarding.submit', { id: 'd1' });
    expect(result.ok && result.data.state).toBe('synced');
    const state = await stateNow();
    const account = state.accounts.find((a) => a.accountId === 'sunrise-1');
    expect(account).toMatchObject({ name: 'Sunrise Pediatrics', postal: '430171234', phone: '4065550120' });
    expect(
      state.locations
        .filter((l) => l.accountId === 'sunrise-1')
        .map((l) => l.code)
        .sort(),
    ).toEqual(['def', 'powell']);
    expect(state.users.filter((u) => u.accountId === 'sunrise-1').map((u) => u.userId)).toEqual(['jsmith']);
    expect((await app.call('onboarding.getDraft', { id: 'd1' })).ok).toBe(false);
    const after = await app.call<SubmissionView | null>('onboarding.getSubmission', { id: 'd1' });
    expect(after.ok && after.data?.state).toBe('synced');
  });

  it('refuses an invalid record with field messages and sends and queues nothing', async () => {
    const data = validDraft('bad-1');
    data.practice.postal = '4301';
    await app.call('onboarding.saveDraft', { id: 'd2', kind: 'create', data, passwords: { u1: 'short' } });
    const result = await app.call('onboarding.submit', { id: 'd2' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fields?.['practice.postal']).toMatch(/ZIP code must be 5 or 9 digits/);
    expect(result.error.fields?.['users.0.password']).toMatch(/Password must/);
    expect((await stateNow()).accounts).toEqual([]);
    expect(app.services.onboarding.listOutbox()).toEqual([]);
  });

  it('queues while Updox is unreachable and delivers exactly once when it is back', async () => {
    await save('d3', 'queued-1');
    await setFaults(sandboxOrigin, [{ kind: 'drop' }]);
    app.services.connection.report('unreachable');
    const result = await app.call<SubmissionView>('onboarding.submit', { id: 'd3' });
    expect(result.ok && result.data.state).toBe('queued');
    expect(app.services.onboarding.outboxCount()).toBe(1);
    const draft = await app.call<DraftView>('onboarding.getDraft', { id: 'd3' });
    expect(draft.ok && draft.data.state).toBe('queued');
    await setFaults(sandboxOrigin, []);
    const item = app.services.onboarding.listOutbox()[0]!;
    const retried = await app.call<SubmissionView>('onboarding.retryOutbox', { id: item.id });
    expect(retried.ok && retried.data.state).toBe('synced');
    expect((await stateNow()).accounts.filter((a) => a.accountId === 'queued-1')).toHaveLength(1);
    expect(app.services.onboarding.outboxCount()).toBe(0);
  });

  it('a queued create whose account appeared meanwhile fails with a way to review an update', async () => {
    await save('d4', 'taken-1');
    await save('d5', 'taken-1');
    expect((await app.call<SubmissionView>('onboarding.submit', { id: 'd4' })).ok).toBe(true);
    await setFaults(sandboxOrigin, [{ kind: 'drop' }]);
    app.services.connection.report('unreachable');
    await app.call('onboarding.submit', { id: 'd5' });
    await setFaults(sandboxOrigin, []);
    const item = app.services.onboarding.listOutbox().find((i) => i.status === 'queued')!;
    const retried = await app.call<SubmissionView>('onboarding.retryOutbox', { id: item.id });
    expect(retried.ok && retried.data.state).toBe('failed');
    if (!retried.ok) return;
    expect(retried.data.item.lastError?.code).toBe(4130);
    const converted = await app.call<{ draftId: string }>('onboarding.convertToUpdate', { id: 'd5' });
    expect(converted.ok).toBe(true);
    const review = await app.call<ReviewView>('onboarding.review', { id: 'd5' });
    expect(review.ok && review.data.method).toBe('PracticeUpdate/1.1');
    expect(app.services.onboarding.listOutbox().filter((i) => i.status !== 'done')).toEqual([]);
  });

  it('an edit loads the account; the review warns for every cleared field; the update lands as reviewed', async () => {
    await save('d6', 'edit-1');
    await app.call('onboarding.submit', { id: 'd6' });
    const opened = await app.call<{ draftId: string; resumed: boolean }>('onboarding.openEdit', {
      accountId: 'edit-1',
    });
    expect(opened.ok && opened.data.resumed).toBe(false);
    if (!opened.ok) return;
    const again = await app.call<{ draftId: string; resumed: boolean }>('onboarding.openEdit', {
      accountId: 'edit-1',
    });
    expect(again.ok && again.data).toEqual({ draftId: opened.data.draftId, resumed: true });
    const draft = await app.call<DraftView>('onboarding.getDraft', { id: opened.data.draftId });
    if (!draft.ok) throw new Error('no draft');
    const data = {
      ...draft.data.data,
      practice: { ...draft.data.data.practice, websiteUrl: '', city: 'Powell' },
    };
    await app.call('onboarding.saveDraft', {
      id: opened.data.draftId,
      kind: 'update',
      accountId: 'edit-1',
      data,
    });
    const review = await app.call<ReviewView>('onboarding.review', { id: opened.data.draftId });
    if (!review.ok) throw new Error(review.error.message);
    expect(review.data.current?.source).toBe('live');
    expect(review.data.diff?.map((c) => [c.field, c.change])).toEqual([
      ['city', 'changed'],
      ['websiteUrl', 'cleared'],
    ]);
    expect(review.data.diff?.[1]?.warning).toMatch(/Website URL will be erased/);
    const sent = await app.call<SubmissionView>('onboarding.submit', { id: opened.data.draftId });
    expect(sent.ok && sent.data.state).toBe('synced');
    const account = (await stateNow()).accounts.find((a) => a.accountId === 'edit-1');
    expect(account).toMatchObject({ city: 'Powell', websiteUrl: null });
  });
});
