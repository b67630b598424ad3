import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readAllFiles, startTestApp } from './test-services';

type App = Awaited<ReturnType<typeof startTestApp>>;
let app: App;
let logged = '';

beforeEach(async () => {
  logged = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    logged += String(chunk);
    return true;
  });
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    logged += String(chunk);
    return true;
  });
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
  vi.restoreAllMocks();
});

const CANARY = 'Canary-Pa55word-7f3e9c';

describe('vendor credentials', () => {
  it('work out of the box in the sandbox with the built-in credentials', async () => {
    const r = await app.call('credentials.test', { environmentId: 'sandbox' });
    expect(r).toMatchObject({
      ok: true,
      data: { set: false, builtIn: true, verifiedAt: expect.any(String) },
    });
  });

  it('are refused by Updox when wrong, with words that say so', async () => {
    await app.call('credentials.save', {
      environmentId: 'sandbox',
      applicationId: 'sandbox-vendor',
      applicationPassword: 'wrong',
    });
    const r = await app.call('credentials.test', { environmentId: 'sandbox' });
    expect(r).toMatchObject({ ok: false, error: { kind: 'auth', code: 4010 } });
  });

  it('are missing for QA until added, and a call says to add them in Settings', async () => {
    const r = await app.call('credentials.test', { environmentId: 'qa' });
    expect(r).toMatchObject({
      ok: false,
      error: { kind: 'auth', message: expect.stringContaining('Settings') },
    });
  });

  it('never reach the renderer, the settings file, the logs, or any file in clear', async () => {
    const answers: unknown[] = [];
    answers.push(
      await app.call('credentials.save', {
        environmentId: 'sandbox',
        applicationId: 'sandbox-vendor',
        applicationPassword: CANARY,
      }),
    );
    answers.push(await app.call('credentials.test', { environmentId: 'sandbox' }));
    answers.push(
      await app.call('credentials.save', {
        environmentId: 'qa',
        applicationId: 'vendor-qa',
        applicationPassword: CANARY,
      }),
    );
    for (const name of ['app.info', 'app.health', 'environments.list']) answers.push(await app.call(name));
    answers.push(await app.call('activity.recent', { limit: 100 }));
    answers.push(await app.call('environments.select', { id: 'qa' }));
    answers.push(await app.call('credentials.test', { environmentId: 'qa' })); // QA is unreachable here: an error
    for (const a of answers) expect(JSON.stringify(a)).not.toContain(CANARY);

    const settings = fs.readFileSync(path.join(app.dataDir, 'settings.json'), 'utf8');
    expect(settings).not.toContain(CANARY);
    const files = await readAllFiles(app.dataDir);
    expect(Object.keys(files)).toContain('credentials.vault.json');
    for (const [name, text] of Object.entries(files)) expect(text, name).not.toContain(CANARY);
    expect(logged).not.toContain(CANARY);
    // and they still work: main can unseal them
    expect(app.services.vault.get('sandbox')?.applicationPassword).toBe(CANARY);
  });

  it('are kept in a vault only the user can read', async () => {
    await app.call('credentials.save', {
      environmentId: 'sandbox',
      applicationId: 'a',
      applicationPassword: 'b',
    });
    for (const f of ['credentials.vault.json', 'vault.key']) {
      expect(fs.statSync(path.join(app.dataDir, f)).mode & 0o777, f).toBe(0o600);
    }
  });

  it('refuse weak storage unless the person accepts it', async () => {
    const secrets = app.services.platform.secrets as { backend: string };
    Object.defineProperty(secrets, 'backend', { value: 'os-plaintext-fallback' });
    const refused = await app.call('credentials.save', {
      environmentId: 'qa',
      applicationId: 'a',
      applicationPassword: 'b',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', fields: { acceptWeakStorage: expect.any(String) } },
    });
    expect(app.services.vault.has('qa')).toBe(false);
    const accepted = await app.call('credentials.save', {
      environmentId: 'qa',
      applicationId: 'a',
      applicationPassword: 'b',
      acceptWeakStorage: true,
    });
    expect(accepted).toMatchObject({ ok: true, data: { set: true } });
  });

  it('record every Updox call in the activity log without secrets', async () => {
    await app.call('credentials.test', { environmentId: 'sandbox' });
    const r = await app.call<{ entries: { method: string; responseCode?: number; environmentId: string }[] }>(
      'activity.recent',
      { limit: 10 },
    );
    expect(r.ok && r.data.entries[0]).toMatchObject({
      method: 'PingWithApplicationAuth',
      responseCode: 2000,
      environmentId: 'sandbox',
    });
  });
});

describe('environments', () => {
  it('switches, adds a custom https environment, refuses plain http elsewhere, and removes it', async () => {
    // Switching to Production is deliberate: refused (nothing changes) until confirmed.
    expect(await app.call('environments.select', { id: 'production' })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', fields: { confirmProduction: expect.any(String) } },
    });
    expect(app.services.settings.get().activeEnvironmentId).toBe('sandbox');
    expect(
      await app.call('environments.select', { id: 'production', confirmProduction: true }),
    ).toMatchObject({
      ok: true,
      data: { activeId: 'production' },
    });
    expect(await app.call('app.health')).toMatchObject({
      ok: true,
      data: { environment: { kind: 'production' } },
    });
    const bad = await app.call('environments.addCustom', {
      name: 'Staging',
      apiBase: 'http://example.com/api/io/',
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { kind: 'validation', fields: { apiBase: expect.any(String) } },
    });
    const added = await app.call<{ environments: { id: string; name: string; apiBase?: string }[] }>(
      'environments.addCustom',
      { name: 'Staging', apiBase: 'https://staging.example.com/api/io' },
    );
    const custom = added.ok ? added.data.environments.find((e) => e.name === 'Staging') : undefined;
    expect(custom?.apiBase).toBe('https://staging.example.com/api/io/');
    expect(await app.call('environments.remove', { id: custom!.id })).toMatchObject({ ok: true });
    expect(await app.call('environments.remove', { id: 'production' })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
  });

  it('a write to Production must be confirmed, whichever environment is active', () => {
    app.services.settings.update((s) => ({ ...s, activeEnvironmentId: 'sandbox' }));
    const guard = app.services.updox.guardWrite.bind(app.services.updox);
    expect(() => guard('production', undefined, 'practice update')).toThrow(/Production/);
    expect(() => guard('production', true, 'practice update')).not.toThrow();
    app.services.settings.update((s) => ({ ...s, activeEnvironmentId: 'production' }));
    expect(() => guard('sandbox', undefined, 'practice update')).not.toThrow();
    app.services.settings.update((s) => ({ ...s, activeEnvironmentId: 'sandbox' }));
  });
});
