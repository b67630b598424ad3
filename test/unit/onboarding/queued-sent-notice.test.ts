import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../../src/shared/contract';
import type { SubmissionView } from '../../../src/shared/contract/onboarding';
import type { Result } from '../../../src/shared/errors';
import { createHandlerTable } from '../../../src/main/handlers';
import { createDispatcher } from '../../../src/main/ipc/dispatch';
import { createNodePlatform } from '../../../src/main/platform/node-platform';
import { createAppServices, type AppServices } from '../../../src/main/services/app-services';
import { setFaults } from '../../support/sandbox-api';
import { eventually, removeDir, tempDataDir } from './restartable-app';
import { GOOD_PASSWORD, validDraft } from './wizard-fixtures';

let services: AppServices | undefined;
let dataDir = '';
afterEach(async () => {
  await services?.close();
  services = undefined;
  await removeDir(dataDir);
});

describe('a queued submission sent in the background', () => {
  it('is announced with an OS notification that opens the account', async () => {
    dataDir = await tempDataDir();
    const shown: Array<{ title: string; body: string; screen: string | undefined }> = [];
    services = await createAppServices({
      ...createNodePlatform(dataDir),
      notifier: { show: (title, body, screen) => (shown.push({ title, body, screen }), true) },
    });
    const dispatch = createDispatcher(contract, createHandlerTable(services));
    const call = async <T>(name: string, input?: unknown) =>
      (await dispatch(name, input, { host: 'electron' })) as Result<T>;
    const origin = (await services.sandbox.get()).origin;

    await call('onboarding.saveDraft', {
      id: 'd1',
      kind: 'create',
      data: validDraft('queued-notice'),
      passwords: { u1: GOOD_PASSWORD },
    });
    await setFaults(origin, [{ method: 'LocationsSync', kind: 'drop' }]);
    const sent = await call<SubmissionView>('onboarding.submit', { id: 'd1' });
    expect(sent.ok && sent.data.state).toBe('queued');
    expect(shown).toEqual([]);

    await setFaults(origin, []);
    await eventually(() => shown.length > 0);
    expect(shown).toEqual([
      {
        title: 'Queued practice sent',
        body: expect.stringContaining('was sent to Updox now that it is reachable again') as string,
        screen: '#/accounts/queued-notice',
      },
    ]);
  });
});
