import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { startTestApp } from './test-services';

type App = Awaited<ReturnType<typeof startTestApp>>;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const refusal = async (p: Promise<unknown>) => {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).toData();
};

describe('environment, credential and app-status services (called directly, as the handlers do)', () => {
  it('switching to Production needs confirmation, changes nothing without it, and health follows the gateway', async () => {
    app = await startTestApp();
    const { environments, app: status, updox } = app.services;
    const refused = await refusal(environments.select({ id: 'production' }));
    expect(refused).toMatchObject({ kind: 'forbidden', fields: { confirmProduction: expect.any(String) } });
    expect((await status.health()).environment).toEqual({ id: 'sandbox', name: 'Sandbox', kind: 'sandbox' });

    const list = await environments.select({ id: 'production', confirmProduction: true });
    expect(list.activeId).toBe('production');
    const health = await status.health();
    expect(health.environment.id).toBe(updox.activeEnvironment().id);
    expect(health.environment).toEqual({ id: 'production', name: 'Production', kind: 'production' });
  });

  it('a custom environment: its name is unique, and removing it removes its credentials and makes the Sandbox active', async () => {
    app = await startTestApp();
    const { environments, credentials, vault, settings } = app.services;
    const added = await environments.addCustom({
      name: 'Staging',
      apiBase: 'https://staging.example.com/api/io',
    });
    const staging = added.environments.find((e) => e.name === 'Staging')!;
    expect(staging.apiBase).toBe('https://staging.example.com/api/io/');
    expect(
      await refusal(environments.addCustom({ name: 'staging', apiBase: 'https://x.example.com/' })),
    ).toMatchObject({
      kind: 'validation',
      fields: { name: expect.stringContaining('already exists') },
    });

    const saved = await credentials.save({
      environmentId: staging.id,
      applicationId: 'app-id',
      applicationPassword: 'app-password',
      acceptWeakStorage: true,
    });
    expect(saved).toMatchObject({ set: true, builtIn: false, savedAt: expect.any(String) });
    await environments.select({ id: staging.id });

    const after = await environments.remove({ id: staging.id });
    expect(after.activeId).toBe('sandbox');
    expect(after.environments.map((e) => e.id)).not.toContain(staging.id);
    expect(vault.has(staging.id)).toBe(false);
    expect(settings.get().credentials[staging.id]).toBeUndefined();
    expect(await refusal(environments.remove({ id: 'sandbox' }))).toMatchObject({ kind: 'forbidden' });
  });

  it('testing typed credentials stores nothing; testing the stored ones records when they were verified', async () => {
    app = await startTestApp();
    const { credentials, sandbox } = app.services;
    const { credentials: builtIn } = await sandbox.get();
    const typed = await credentials.test({ environmentId: 'sandbox', ...builtIn });
    expect(typed).toEqual({ set: false, builtIn: true, tested: 'typed' });

    const stored = await credentials.test({ environmentId: 'sandbox' });
    expect(stored).toMatchObject({ tested: 'saved', verifiedAt: expect.any(String) });
    const cleared = await credentials.clear({ environmentId: 'sandbox' });
    expect(cleared).toEqual({ set: false, builtIn: true });
  });
});
