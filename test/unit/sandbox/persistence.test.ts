import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPLETE_PARTNER, completePractice, startHarness, type Harness } from './sandbox-harness';

let dir: string;
let dataFile: string;
const open: Harness[] = [];
const start = async (opts: Parameters<typeof startHarness>[0] = {}) => {
  const h = await startHarness({ dataFile, ...opts });
  open.push(h);
  return h;
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-state-'));
  dataFile = path.join(dir, 'nested', 'sandbox.json');
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.close()));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('state file', () => {
  it('keeps accounts, locations, users, numbers, partner and clock across a restart', async () => {
    const first = await start();
    const acct = { accountId: 'keep' };
    await first.call('PracticeCreate/1.1', completePractice('keep', { websiteAddress: 'keep-me' }));
    await first.call('LocationsSync', { locations: [{ id: 'l1', code: 'c', name: 'Loc' }] }, acct);
    await first.call(
      'UserSave',
      { userId: 'u', firstName: 'A', lastName: 'B', loginPassword: 'Secret#123' },
      acct,
    );
    await first.control('vendor', COMPLETE_PARTNER);
    await first.call('SmsSend', { to: '6145550199', message: 'hello' }, acct);
    await first.control('clock', { advanceMs: 1_000 });
    await first.control('sms', { enabled: false });
    const before = await first.state();
    await first.close();

    const onDisk = JSON.parse(fs.readFileSync(dataFile, 'utf8')) as Record<string, unknown>;
    expect(onDisk.schemaVersion).toBe(1);
    expect(fs.readdirSync(path.dirname(dataFile))).toEqual(['sandbox.json']); // no temp files left behind

    const second = await start();
    const after = await second.state();
    for (const key of [
      'accounts',
      'locations',
      'users',
      'numbers',
      'partner',
      'smsEnabled',
      'clockOffsetMs',
    ]) {
      expect(after[key], key).toEqual(before[key]);
    }
    expect((await second.call('PracticeGet', { accountId: 'keep' })).practice).toMatchObject({
      websiteAddress: 'keep-me',
    });
    expect(
      (await second.call('PracticeCreate', { accountId: 'x', name: 'X', websiteAddress: 'KEEP-ME' }))
        .responseCode,
    ).toBe(4140);
    expect((await second.call('PingWithAuth', {}, { accountId: 'keep', userId: 'u' })).responseCode).toBe(
      2000,
    );
  });

  it('writes after every mutation and never stores an SMS body, a full recipient number or a password', async () => {
    const h = await start({ verificationDelayMs: 0 });
    await h.call('PracticeCreate/1.1', completePractice('canary'));
    expect(fs.existsSync(dataFile)).toBe(true);
    await h.control('vendor', COMPLETE_PARTNER);
    const acct = { accountId: 'canary' };
    await h.call(
      'UserSave',
      { userId: 'u', firstName: 'A', lastName: 'B', loginPassword: 'Pw-CANARY-9x' },
      acct,
    );
    expect(
      (await h.call('SmsSend', { to: '6145550123', message: 'BODY-CANARY-7f3a' }, acct)).responseCode,
    ).toBe(4035);
    expect(
      (await h.call('SmsSend', { to: '6145550123', message: 'BODY-CANARY-7f3a' }, acct)).responseCode,
    ).toBe(2000);
    // What is on disk while it runs: the snapshot and the journal of the calls since.
    const text = fs
      .readdirSync(path.dirname(dataFile))
      .map((name) => fs.readFileSync(path.join(path.dirname(dataFile), name), 'utf8'))
      .join('\n');
    expect(text).toContain('"smsSentCount":1');
    expect(text).not.toContain('BODY-CANARY');
    expect(text).not.toContain('6145550123');
    expect(text).not.toContain('Pw-CANARY');
  });

  it('sets a corrupt file aside with one log line and starts empty', async () => {
    fs.mkdirSync(path.dirname(dataFile), { recursive: true });
    fs.writeFileSync(dataFile, '{"schemaVersion": 1, "accounts": [');
    const lines: string[] = [];
    const h = await start({ log: (line) => lines.push(line) });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('set aside');
    const files = fs.readdirSync(path.dirname(dataFile));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^sandbox\.json\.corrupt-\d{4}-\d\d-\d\dT[\d-]+Z$/);
    expect((await h.state()).accounts).toEqual([]);
    await h.call('PracticeCreate', { accountId: 'new', name: 'N' });
    await h.close(); // folds the journal into the state file
    open.splice(0);
    expect(JSON.parse(fs.readFileSync(dataFile, 'utf8'))).toMatchObject({ accounts: [{ accountId: 'new' }] });
  });

  it('treats valid JSON that breaks the schema as corrupt too', async () => {
    fs.mkdirSync(path.dirname(dataFile), { recursive: true });
    fs.writeFileSync(dataFile, JSON.stringify({ schemaVersion: 1, accounts: 'nope' }));
    const lines: string[] = [];
    const h = await start({ log: (line) => lines.push(line) });
    expect(lines).toEqual([expect.stringContaining('does not match the state schema')]);
    expect((await h.state()).accounts).toEqual([]);
  });

  it('reset empties the state and the file follows', async () => {
    const h = await start();
    await h.call('PracticeCreate', { accountId: 'gone', name: 'G' });
    await h.control('faults', { rules: [{ method: 'Ping', kind: 'http5xx' }] });
    await h.control('vendor', COMPLETE_PARTNER);
    await h.control('sms', { enabled: false });
    expect((await h.control('reset')).body).toEqual({ ok: true });
    const state = await h.state();
    expect(state).toMatchObject({ accounts: [], smsEnabled: true, faults: { rules: [] } });
    expect((state.partner as Record<string, string>).contactEmail).toBe('');
    expect(JSON.parse(fs.readFileSync(dataFile, 'utf8'))).toMatchObject({ accounts: [], smsEnabled: true });
  });
});
