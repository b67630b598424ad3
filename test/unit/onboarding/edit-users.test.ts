import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkWizardRecord,
  type DraftUser,
  type DraftView,
  type SubmissionView,
  type WizardDraftData,
} from '../../../src/shared/contract/onboarding';
import { callUpdoxOk, createPractice, sandboxState } from '../../support/sandbox-api';
import { openApp, removeDir, tempDataDir, type OpenApp } from './restartable-app';
import { GOOD_PASSWORD } from './wizard-fixtures';

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

const seedAccount = async (accountId: string) => {
  const o = app.sandboxOrigin;
  await createPractice(o, { accountId, name: 'Oak Clinic', active: true });
  const user = (userId: string, firstName: string, extra: Record<string, unknown> = {}) =>
    callUpdoxOk(
      o,
      'UserSave',
      {
        userId,
        loginId: userId,
        firstName,
        lastName: 'Oak',
        loginPassword: GOOD_PASSWORD,
        active: true,
        ...extra,
      },
      accountId,
    );
  await user('old1', 'Olga', { npi: '1234567893', city: 'Dublin', admin: true });
  await user('old2', 'Omar');
};

const openEdit = async (accountId: string) => {
  const opened = await app.call<{ draftId: string }>('onboarding.openEdit', { accountId });
  if (!opened.ok) throw new Error(opened.error.message);
  const draft = await app.call<DraftView>('onboarding.getDraft', { id: opened.data.draftId });
  if (!draft.ok) throw new Error(draft.error.message);
  return draft.data;
};

const changeOf = (data: WizardDraftData, userId: string, change: Partial<DraftUser>): DraftUser => {
  const before = data.baseline!.users!.find((u) => u.userId === userId)!;
  return { ...before, key: `c-${userId}`, existing: true, ...change };
};

describe('an edit and the users already in Updox', () => {
  it('loads them read-only and sends only users added or changed, keeping what the wizard does not show', async () => {
    await seedAccount('oak-1');
    const draft = await openEdit('oak-1');
    expect(draft.data.users).toEqual([]);
    expect(draft.data.baseline?.users?.map((u) => [u.userId, u.firstName, u.admin])).toEqual([
      ['old1', 'Olga', true],
      ['old2', 'Omar', false],
    ]);
    const newUser: DraftUser = {
      key: 'n1',
      userId: 'new1',
      loginId: 'new1',
      firstName: 'Nia',
      lastName: 'New',
      provider: false,
      admin: false,
      active: true,
    };
    const data: WizardDraftData = {
      ...draft.data,
      users: [
        changeOf(draft.data, 'old1', { firstName: 'Olivia' }),
        changeOf(draft.data, 'old2', {}),
        newUser,
      ],
    };
    await app.call('onboarding.saveDraft', { id: draft.id, kind: 'update', accountId: 'oak-1', data });
    const refused = await app.call('onboarding.submit', { id: draft.id });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    // Only the new user needs a password; the changed existing one keeps theirs.
    expect(Object.keys(refused.error.fields ?? {})).toEqual(['users.2.password']);

    await app.call('onboarding.saveDraft', {
      id: draft.id,
      kind: 'update',
      accountId: 'oak-1',
      data,
      passwords: { n1: GOOD_PASSWORD },
    });
    const sent = await app.call<SubmissionView>('onboarding.submit', { id: draft.id });
    expect(sent.ok && sent.data.state).toBe('synced');
    expect(sent.ok && sent.data.users.map((u) => u.label)).toEqual(['Olivia Oak (old1)', 'Nia New (new1)']);
    expect(app.okCalls('UserSave', 'oak-1')).toBe(2);
    const state = (await sandboxState(app.sandboxOrigin)) as unknown as {
      users: {
        accountId: string;
        userId: string;
        firstName: string;
        npi: string | null;
        city: string | null;
      }[];
    };
    const users = state.users.filter((u) => u.accountId === 'oak-1');
    expect(users.map((u) => [u.userId, u.firstName]).sort()).toEqual([
      ['new1', 'Nia'],
      ['old1', 'Olivia'],
      ['old2', 'Omar'],
    ]);
    expect(users.find((u) => u.userId === 'old1')).toMatchObject({ npi: '1234567893', city: 'Dublin' });
  });
});

describe('checkWizardRecord with users already in Updox', () => {
  const base = (): WizardDraftData => ({
    submitMode: 'update',
    step: 6,
    practice: {
      accountId: 'oak-2',
      name: 'Oak',
      address1: '',
      address2: '',
      city: '',
      state: '',
      postal: '',
      phone: '',
      fax: '',
      timeZone: 'America/New_York',
      websiteAddress: '',
      directAddress: '',
      active: true,
      websiteUrl: '',
      alternativeWebsiteUrl: '',
      countryCode: 'US',
    },
    locations: [],
    users: [],
    baseline: null,
  });
  const old: DraftUser = {
    key: 'e0',
    userId: 'old1',
    loginId: 'old1',
    firstName: 'Olga',
    lastName: 'Oak',
    provider: false,
    admin: true,
    active: true,
  };
  const withBaseline = (users: DraftUser[]): WizardDraftData => {
    const data = base();
    return { ...data, users, baseline: { practice: data.practice, fetchedAt: '', users: [old] } };
  };

  it('leaves out an existing user left as it was, and sends one whose password was set', () => {
    const untouched = checkWizardRecord(withBaseline([{ ...old, key: 'c', existing: true }]), () => '');
    expect(untouched.ok && untouched.record.users).toEqual([]);
    const newPassword = checkWizardRecord(
      withBaseline([{ ...old, key: 'c', existing: true }]),
      () => GOOD_PASSWORD,
    );
    expect(newPassword.ok && newPassword.record.users.map((u) => [u.userId, u.existing])).toEqual([
      ['old1', true],
    ]);
  });

  it('refuses a new user with the User ID of one already in Updox, and a new user without a password', () => {
    const twice = checkWizardRecord(
      withBaseline([{ ...old, key: 'n', userId: 'OLD1' }]),
      () => GOOD_PASSWORD,
    );
    expect(!twice.ok && twice.problems['users.0.userId']).toMatch(/already in Updox/);
    const noPassword = checkWizardRecord(withBaseline([{ ...old, key: 'n', userId: 'new1' }]), () => '');
    expect(!noPassword.ok && noPassword.problems['users.0.password']).toBeTruthy();
  });
});
