import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPLETE_PARTNER, completePractice, startHarness, type Harness } from './sandbox-harness';

/**
 * The sandbox's crash safety: a call it answered is on disk, even when the process is killed (SIGKILL, no shutdown
 * code runs) right after; a journal line cut short by the kill is dropped, never a reason to lose the rest.
 */
const root = path.resolve(__dirname, '../../..');
let dir: string;
let dataFile: string;
const children: ChildProcess[] = [];
const open: Harness[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-journal-'));
  dataFile = path.join(dir, 'state.json');
});
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await Promise.all(open.splice(0).map((h) => h.close()));
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The standalone sandbox in its own process, so it can be killed for real. */
const startProcess = async (): Promise<{ apiBase: string; origin: string; kill(): Promise<void> }> => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/sandbox/cli.ts', '--data', dataFile], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  const apiBase = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening: (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}: ${out}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    apiBase,
    origin: new URL(apiBase).origin,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
};

const vendorAuth = { applicationId: 'sandbox-vendor', applicationPassword: 'sandbox-password' };
const post = async (url: string, body: unknown) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as Record<string, unknown>;
};
const call = (apiBase: string, method: string, fields: Record<string, unknown>, accountId = '') =>
  post(`${apiBase}${method}`, { auth: { ...vendorAuth, accountId, userId: '' }, ...fields });

const reopen = async (log: string[] = []) => {
  const h = await startHarness({ dataFile, log: (line) => log.push(line) });
  open.push(h);
  return h;
};

describe('sandbox journal', () => {
  it('loses no answered write when the process is killed, and keeps the whole state on reopen', async () => {
    const first = await startProcess();
    for (let i = 0; i < 30; i += 1) {
      expect(
        (await call(first.apiBase, 'PracticeCreate', { accountId: `p${i}`, name: `P ${i}` })).responseCode,
      ).toBe(2000);
    }
    expect(
      (await call(first.apiBase, 'PracticeUpdate/1.1', completePractice('p3', { name: 'Renamed' })))
        .responseCode,
    ).toBe(2000);
    await call(first.apiBase, 'LocationsSync', { locations: [{ id: 'l1', code: 'c', name: 'Front' }] }, 'p3');
    await call(first.apiBase, 'LocationsSync', { locations: [{ id: 'l1', code: 'c', name: 'Back' }] }, 'p3');
    await call(
      first.apiBase,
      'UserSave',
      { userId: 'u', firstName: 'A', lastName: 'B', loginPassword: 'Secret#123' },
      'p3',
    );
    await call(first.apiBase, 'UserSave', { userId: 'u', firstName: 'Ann', lastName: 'B' }, 'p3');
    await post(`${first.origin}/_sandbox/vendor`, COMPLETE_PARTNER);
    await post(`${first.origin}/_sandbox/clock`, { advanceMs: 5_000 });
    const before = (await (await fetch(`${first.origin}/_sandbox/state`)).json()) as Record<string, unknown>;
    await first.kill();

    expect(fs.existsSync(`${dataFile}.journal`)).toBe(true); // the writes went to the journal, not the snapshot
    const h = await reopen();
    const after = await h.state();
    for (const key of ['accounts', 'locations', 'users', 'partner', 'clockOffsetMs']) {
      expect(after[key], key).toEqual(before[key]);
    }
    expect(after.accounts).toHaveLength(30);
    expect((await h.call('PracticeGet', { accountId: 'p3' })).practice).toMatchObject({ name: 'Renamed' });
    // Reopening folded the journal into the snapshot; the next writes journal again.
    expect(fs.existsSync(`${dataFile}.journal`)).toBe(false);
    expect((await h.call('PracticeCreate', { accountId: 'after', name: 'After' })).responseCode).toBe(2000);
    expect(fs.readFileSync(`${dataFile}.journal`, 'utf8')).toContain('"after"');
  });

  it('drops a torn last journal line, keeps every line before it, and says so', async () => {
    const first = await startProcess();
    await call(first.apiBase, 'PracticeCreate', { accountId: 'kept-1', name: 'One' });
    await call(first.apiBase, 'PracticeCreate', { accountId: 'kept-2', name: 'Two' });
    await first.kill();
    fs.appendFileSync(`${dataFile}.journal`, '{"accounts":[{"accountId":"torn","pid":99,"na');

    const log: string[] = [];
    const h = await reopen(log);
    const ids = ((await h.state()).accounts as { accountId: string }[]).map((a) => a.accountId);
    expect(ids).toEqual(['kept-1', 'kept-2']);
    expect(log).toEqual([expect.stringContaining('partly written line')]);
    expect((await h.call('PracticeCreate', { accountId: 'kept-3', name: 'Three' })).responseCode).toBe(2000);
    await h.close();
    open.splice(0);
    const again = await reopen();
    expect(((await again.state()).accounts as unknown[]).length).toBe(3);
  });

  it('replays a journal left by a compaction that was cut short, then the newer journal, in order', async () => {
    const first = await startProcess();
    await call(first.apiBase, 'PracticeCreate', { accountId: 'a', name: 'Old name' });
    await call(first.apiBase, 'PracticeUpdate', { accountId: 'a', name: 'New name' });
    await first.kill();
    // As if the kill came after the journal was set aside for compaction (the older line) and one more call was
    // journalled (the newer line), before the snapshot was replaced.
    const [older, newer] = fs.readFileSync(`${dataFile}.journal`, 'utf8').trimEnd().split('\n');
    fs.writeFileSync(`${dataFile}.journal.old`, `${older}\n`);
    fs.writeFileSync(`${dataFile}.journal`, `${newer}\n`);

    const h = await reopen();
    expect((await h.call('PracticeGet', { accountId: 'a' })).practice).toMatchObject({ name: 'New name' });
    expect(fs.readdirSync(dir).sort()).toEqual(['state.json']);
  });

  it('folds the journal into the snapshot in the background once it outgrows it, and keeps answering', async () => {
    const h = await startHarness({ dataFile, log: () => undefined, compactJournalBytes: 1 });
    open.push(h);
    for (let i = 0; i < 20; i += 1) {
      expect((await h.call('PracticeCreate', { accountId: `c${i}`, name: `C ${i}` })).responseCode).toBe(
        2000,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const snapshot = JSON.parse(fs.readFileSync(dataFile, 'utf8')) as { accounts: unknown[] };
    expect(snapshot.accounts.length).toBeGreaterThan(1); // compactions ran while the calls went on
    expect(fs.existsSync(`${dataFile}.journal.old`)).toBe(false);
    await h.close();
    open.splice(0);
    const again = await reopen();
    expect(((await again.state()).accounts as unknown[]).length).toBe(20);
  });
});
