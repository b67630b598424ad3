import { afterEach, describe, expect, it } from 'vitest';
import type { SubmissionView, WizardDraftData } from '../../../src/shared/contract/onboarding';
import { UpdoxError } from '../../../src/main/updox/updox-error';
import { sandboxState, setFaults } from '../../support/sandbox-api';
import { eventually, openApp, removeDir, tempDataDir, type OpenApp } from './restartable-app';
import { GOOD_PASSWORD, validDraft } from './wizard-fixtures';

/**
 * A crash mid-submit, across a real restart: the services are closed with the submission half sent and opened again
 * on the same data folder (the embedded sandbox keeps its state there too); the background replay finishes it.
 */
let dataDir = '';
let app: OpenApp | undefined;

afterEach(async () => {
  if (app) await setFaults(app.sandboxOrigin, []);
  await app?.stop();
  app = undefined;
  await removeDir(dataDir);
});

type State = {
  accounts: { accountId: string }[];
  locations: { accountId: string; code: string }[];
  users: { accountId: string; userId: string; firstName: string }[];
};
const stateOf = async (origin: string) => (await sandboxState(origin)) as unknown as State;

const twoUsers = (accountId: string): WizardDraftData => {
  const data = validDraft(accountId);
  data.users.push({ ...data.users[0]!, key: 'u2', userId: 'bjones', loginId: 'bjones', firstName: 'Bob' });
  return data;
};

const start = async (accountId: string) => {
  dataDir = await tempDataDir();
  app = await openApp(dataDir);
  const saved = await app.call('onboarding.saveDraft', {
    id: 'd1',
    kind: 'create',
    data: twoUsers(accountId),
    passwords: { u1: GOOD_PASSWORD, u2: GOOD_PASSWORD },
  });
  expect(saved.ok).toBe(true);
  return app;
};

/** Close the services and open them again on the same folder, with Updox reachable again. */
const restart = async (before: OpenApp) => {
  await setFaults(before.sandboxOrigin, []);
  await before.stop();
  app = await openApp(dataDir);
  return app;
};

const expectExactlyOnce = async (after: OpenApp, accountId: string) => {
  await eventually(() => after.services.onboarding.outboxCount() === 0);
  const state = await stateOf(after.sandboxOrigin);
  expect(state.accounts.filter((a) => a.accountId === accountId)).toHaveLength(1);
  expect(
    state.locations
      .filter((l) => l.accountId === accountId)
      .map((l) => l.code)
      .sort(),
  ).toEqual(['def', 'powell']);
  expect(
    state.users
      .filter((u) => u.accountId === accountId)
      .map((u) => u.userId)
      .sort(),
  ).toEqual(['bjones', 'jsmith']);
  expect(after.okCalls('PracticeUpdate', accountId)).toBe(0);
  expect(after.okCalls('LocationsSync', accountId)).toBe(1);
  expect(after.okCalls('UserSave', accountId)).toBe(2);
  expect((await after.call('onboarding.getDraft', { id: 'd1' })).ok).toBe(false);
};

describe('recovery after a restart mid-submit', () => {
  it('stopped after the practice step: the replay sends locations and users once, not the practice', async () => {
    const first = await start('crash-1');
    await setFaults(first.sandboxOrigin, [{ method: 'LocationsSync', kind: 'drop' }]);
    const sent = await first.call<SubmissionView>('onboarding.submit', { id: 'd1' });
    expect(sent.ok && sent.data.state).toBe('queued');
    expect(sent.ok && sent.data.item.completedSteps).toEqual(['practice']);

    const after = await restart(first);
    await expectExactlyOnce(after, 'crash-1');
    expect(after.okCalls('PracticeCreate', 'crash-1')).toBe(1);
  });

  it('a create that reached Updox but whose answer was lost is recognised, not created twice', async () => {
    const first = await start('crash-2');
    // Updox handles the PracticeCreate, then the connection drops before the answer reaches the app.
    first.wrapClient((client) => ({
      ...client,
      async practiceCreate(record) {
        await client.practiceCreate(record);
        throw new UpdoxError({ kind: 'network', method: 'PracticeCreate', message: 'The answer was lost.' });
      },
    }));
    const sent = await first.call<SubmissionView>('onboarding.submit', { id: 'd1' });
    expect(sent.ok && sent.data.state).toBe('queued');
    expect(sent.ok && sent.data.item.completedSteps).toEqual([]);

    const after = await restart(first);
    await expectExactlyOnce(after, 'crash-2');
    expect(after.okCalls('PracticeCreate', 'crash-2')).toBe(1);
    const synced = await after.call<SubmissionView | null>('onboarding.getSubmission', { id: 'd1' });
    expect(synced.ok && synced.data?.state).toBe('synced');
  });

  it('stopped between two users: after the restart only the user not saved is sent', async () => {
    const first = await start('crash-3');
    first.wrapClient((client) => ({
      ...client,
      async userSave(accountId, user) {
        if (user.userId === 'bjones')
          throw new UpdoxError({ kind: 'network', method: 'UserSave', message: 'Updox cannot be reached.' });
        return client.userSave(accountId, user);
      },
    }));
    const sent = await first.call<SubmissionView>('onboarding.submit', { id: 'd1' });
    expect(sent.ok && sent.data.state).toBe('queued');
    expect(sent.ok && sent.data.users).toEqual([
      { label: 'Jane Smith (jsmith)', success: true, message: 'Saved.' },
    ]);

    const after = await restart(first);
    // The per-user results are in the journal on disk: shown right after the restart, before any replay.
    const item = after.services.onboarding.listOutbox()[0]!;
    const shown = await after.call<SubmissionView>('onboarding.getOutboxItem', { id: item.id });
    expect(shown.ok && shown.data.users.map((u) => u.label)).toEqual(['Jane Smith (jsmith)']);
    expect(shown.ok && shown.data.locations).toEqual([
      { label: 'Powell (powell)', success: true, message: 'Saved.' },
    ]);
    await expectExactlyOnce(after, 'crash-3');
  });
});
