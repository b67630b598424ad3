import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openKeyFileSecrets } from '../../../src/main/platform/key-file-secrets';
import { openUserPasswordVault } from '../../../src/main/services/onboarding/user-password-vault';
import { openCredentialVault } from '../../../src/main/services/vault/credential-vault';
import { startTestApp } from '../services/test-services';
import { decryptEverything } from './key-holder';

/** After clear, replace and forget, no file in the data folder decrypts to an old secret, even with the key. */
const apps: Awaited<ReturnType<typeof startTestApp>>[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

const canary = (label: string) => `${label}-${crypto.randomBytes(6).toString('hex')}`;
const leaked = async (dataDir: string, secrets: string[]) => {
  const plain = await decryptEverything(dataDir);
  return secrets.filter((secret) => plain.some((p) => p.includes(secret)));
};

describe('vendor credentials', () => {
  it('replace and clear leave no decryptable copy (backups included), through the app calls', async () => {
    const app = await startTestApp();
    apps.push(app);
    const first = canary('first-password');
    const second = canary('second-password');
    const save = (password: string) =>
      app.call('credentials.save', {
        environmentId: 'qa',
        applicationId: 'vendor',
        applicationPassword: password,
      });
    expect(await save(first)).toMatchObject({ ok: true });
    expect(await leaked(app.dataDir, [first])).toEqual([first]); // the test's key really opens the vault
    expect(await save(second)).toMatchObject({ ok: true });
    expect(await leaked(app.dataDir, [first])).toEqual([]);
    expect(await app.call('credentials.clear', { environmentId: 'qa' })).toMatchObject({ ok: true });
    expect(await leaked(app.dataDir, [first, second])).toEqual([]);
  });

  it('a temp file left by a killed write is removed when the vault opens', async () => {
    const app = await startTestApp();
    apps.push(app);
    const secrets = openKeyFileSecrets(app.dataDir);
    const old = canary('killed-write');
    const sealed = secrets.encrypt(JSON.stringify({ applicationId: 'v', applicationPassword: old }));
    const temp = path.join(
      app.dataDir,
      `.credentials.vault.json.${crypto.randomBytes(6).toString('hex')}.tmp`,
    );
    await fs.writeFile(
      temp,
      JSON.stringify({
        version: 1,
        entries: { qa: { sealed: sealed.toString('base64'), backend: 'key-file' } },
      }),
    );
    expect(await leaked(app.dataDir, [old])).toEqual([old]);
    openCredentialVault(app.dataDir, secrets);
    expect(await leaked(app.dataDir, [old])).toEqual([]);
  });

  it('an old-style backup holding a cleared secret is re-sealed when the vault opens', async () => {
    const app = await startTestApp();
    apps.push(app);
    const secrets = openKeyFileSecrets(app.dataDir);
    const old = canary('old-backup');
    const file = path.join(app.dataDir, 'credentials.vault.json');
    const sealed = secrets
      .encrypt(JSON.stringify({ applicationId: 'v', applicationPassword: old }))
      .toString('base64');
    await fs.writeFile(
      `${file}.bak`,
      JSON.stringify({ version: 1, entries: { qa: { sealed, backend: 'key-file' } } }),
    );
    await fs.writeFile(file, JSON.stringify({ version: 1, entries: {} }));
    openCredentialVault(app.dataDir, secrets);
    expect(await leaked(app.dataDir, [old])).toEqual([]);
  });
});

describe('new users passwords', () => {
  it('forget (sent or discarded) and replace leave no decryptable copy', async () => {
    const app = await startTestApp();
    apps.push(app);
    const secrets = openKeyFileSecrets(app.dataDir);
    const vault = await openUserPasswordVault(app.dataDir, secrets);
    const a = canary('Pw#a');
    const b = canary('Pw#b');
    const c = canary('Pw#c');
    await vault.set('draft-1', { u1: a, u2: b });
    await vault.set('draft-2', { u1: c });
    await vault.set('draft-1', { u1: canary('Pw#a2') });
    expect(await leaked(app.dataDir, [a, b, c])).toEqual([b, c]);
    await vault.set('draft-1', { u2: '' });
    await vault.forget('draft-2');
    expect(await leaked(app.dataDir, [a, b, c])).toEqual([]);
  });

  it('keeps the password of a row keyed __proto__ or constructor, in a draft named constructor', async () => {
    const app = await startTestApp();
    apps.push(app);
    const secrets = openKeyFileSecrets(app.dataDir);
    const vault = await openUserPasswordVault(app.dataDir, secrets);
    await vault.set('constructor', {
      __proto__: 'Secret#1',
      constructor: 'Secret#2',
      toString: 'Secret#3',
    } as Record<string, string>);
    await vault.set('__proto__', JSON.parse('{"__proto__":"Secret#4"}') as Record<string, string>);
    expect(vault.get('constructor', 'constructor')).toBe('Secret#2');
    expect(vault.get('constructor', 'toString')).toBe('Secret#3');
    expect(vault.get('__proto__', '__proto__')).toBe('Secret#4');
    expect(vault.get('hasOwnProperty', 'x')).toBe('');
    expect(vault.keys('valueOf')).toEqual([]);
    const reopened = await openUserPasswordVault(app.dataDir, secrets);
    expect(reopened.get('__proto__', '__proto__')).toBe('Secret#4');
    expect(reopened.keys('constructor').sort()).toEqual(['constructor', 'toString']);
    await reopened.forget('toString');
    expect(reopened.get('constructor', 'constructor')).toBe('Secret#2');
  });
});

describe('the saveDraft contract', () => {
  it('keeps a password typed for a row keyed __proto__ (z.record would drop it)', async () => {
    const { contract } = await import('../../../src/shared/contract');
    const schema = contract.onboarding.saveDraft.input.shape.passwords;
    const parsed = schema.parse(JSON.parse('{"__proto__":"Secret#9","constructor":"Secret#8"}'));
    expect(Object.entries(parsed ?? {})).toEqual([
      ['__proto__', 'Secret#9'],
      ['constructor', 'Secret#8'],
    ]);
    expect(schema.safeParse({ 'not a key!': 'x' }).success).toBe(false);
  });
});
