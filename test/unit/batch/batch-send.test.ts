import { afterEach, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { BatchPreflight, BatchSummary } from '../../../src/shared/contract/batch';
import { createPractice, setFaults } from '../../support/sandbox-api';
import { openApp, removeDir, tempDataDir, type OpenApp } from '../onboarding/restartable-app';
import { goodRow, leanRows } from './batch-fixtures';
import { createBatch, expectEachOnce, heldWith, ok, refusal, settled, summaryOf } from './batch-test-app';

/** Sending a batch to the real sandbox over HTTP: modes, preflight, pause/resume/cancel, results. */
let dataDir = '';
let app: OpenApp | undefined;

afterEach(async () => {
  if (app) await setFaults(app.sandboxOrigin, []);
  await app?.stop();
  app = undefined;
  await removeDir(dataDir);
});

const open = async () => {
  dataDir = await tempDataDir();
  app = await openApp(dataDir);
  return app;
};

describe('sending a batch', () => {
  it('create only: sends practices, locations and users once; an account Updox holds is skipped; results CSV', async () => {
    const a = await open();
    await createPractice(a.sandboxOrigin, { accountId: 'send-held', name: 'Someone Else' });
    const rows = [goodRow('send-1', 2), goodRow('send-held', 3), goodRow('send-2', 4), goodRow('send-3', 5)];
    rows[3]!.practice.phone = '12'; // a row with a problem is not sent
    const batch = await createBatch(a, rows);
    const started = ok(await a.call<BatchSummary>('batch.start', { batchId: batch.id, concurrency: 2 }));
    expect(started.state).toBe('running');
    const done = await settled(a, batch.id);
    expect(done.state).toBe('finished');
    expect(done.counts).toMatchObject({ created: 2, skipped: 1, failed: 0, withProblems: 1, pending: 0 });

    const held = await heldWith(a, 'send-');
    expect(held.accounts.map((x) => `${x.accountId}:${x.name}`).sort()).toEqual([
      'send-1:Practice send-1',
      'send-2:Practice send-2',
      'send-held:Someone Else',
    ]);
    expect(
      held.locations
        .filter((l) => l.code === 'powell')
        .map((l) => l.accountId)
        .sort(),
    ).toEqual(['send-1', 'send-2']);
    expect(held.users.map((u) => u.accountId).sort()).toEqual(['send-1', 'send-2']);
    expect(a.okCalls('PracticeCreate', 'send-held')).toBe(0);

    const exported = ok(
      await a.call<{ fileName: string; rows: number; csv: string }>('batch.exportResults', {
        batchId: batch.id,
      }),
    );
    expect(exported.fileName).toMatch(/\.csv$/);
    const parsed = Papa.parse<string[]>(exported.csv.trim());
    expect(parsed.data[0]).toEqual(['Row', 'Account ID', 'Practice name', 'Outcome', 'Code', 'Message']);
    const byLine = new Map(parsed.data.slice(1).map((r) => [r[0], r]));
    expect(byLine.get('2')).toEqual(['2', 'send-1', 'Practice send-1', 'created', '', '']);
    expect(byLine.get('3')!.slice(0, 5)).toEqual(['3', 'send-held', 'Practice send-held', 'skipped', '4130']);
    expect(byLine.get('3')![5]).toContain('already holds account send-held');
    expect(byLine.get('5')!.slice(0, 4)).toEqual(['5', 'send-3', 'Practice send-3', 'not sent: problems']);

    // Nothing left to send: a second start says so.
    expect(refusal(await a.call('batch.start', { batchId: batch.id }))).toMatchObject({ kind: 'validation' });
  });

  it('create or update: preflight counts existing accounts and the fields a whole-record save would clear', async () => {
    const a = await open();
    await createPractice(a.sandboxOrigin, {
      accountId: 'save-held',
      name: 'Held Practice',
      fax: '4065550199',
      address2: 'Suite 4',
    });
    const batch = await createBatch(a, [goodRow('save-new', 2), goodRow('save-held', 3)], 'save');
    const preflight = ok(await a.call<BatchPreflight>('batch.preflight', { batchId: batch.id }));
    expect(preflight.toCreate).toBe(1);
    expect(preflight.existing).toEqual([{ index: 1, accountId: 'save-held' }]);
    expect(preflight.wouldClear).toHaveLength(1);
    expect(preflight.wouldClear[0]!.fields).toEqual(expect.arrayContaining(['Fax']));

    ok(await a.call('batch.start', { batchId: batch.id, concurrency: 4 }));
    const done = await settled(a, batch.id);
    expect(done.counts).toMatchObject({ created: 1, updated: 1, failed: 0 });
    const held = await heldWith(a, 'save-');
    expect(held.accounts.map((x) => `${x.accountId}:${x.name}`).sort()).toEqual([
      'save-held:Practice save-held',
      'save-new:Practice save-new',
    ]);
    expect(a.okCalls('PracticeSave', 'save-held')).toBe(1);
  });

  it('pause lets rows in flight finish and sends nothing more; resume finishes; cancel stops, start again sends the rest', async () => {
    const a = await open();
    await setFaults(a.sandboxOrigin, [{ kind: 'latency', latencyMs: 150 }]);
    const rows = leanRows('pause', 12);
    const ids = rows.map((r) => r.practice.accountId);
    const batch = await createBatch(a, rows);
    ok(await a.call('batch.start', { batchId: batch.id, concurrency: 2 }));
    const paused = ok(await a.call<BatchSummary>('batch.pause', { batchId: batch.id }));
    expect(paused.state).toBe('paused');
    await a.services.batch.whenIdle(batch.id);
    const afterPause = await summaryOf(a, batch.id);
    expect(afterPause.counts.sending).toBe(0);
    expect(afterPause.counts.created).toBeGreaterThanOrEqual(1);
    expect(afterPause.counts.created).toBeLessThanOrEqual(4);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await summaryOf(a, batch.id)).counts.created).toBe(afterPause.counts.created);

    // Resume with another concurrency, then cancel midway.
    const resumed = ok(await a.call<BatchSummary>('batch.start', { batchId: batch.id, concurrency: 3 }));
    expect(resumed).toMatchObject({ state: 'running', concurrency: 3 });
    await new Promise((resolve) => setTimeout(resolve, 250));
    const cancelled = ok(await a.call<BatchSummary>('batch.cancel', { batchId: batch.id }));
    expect(cancelled.state).toBe('cancelled');
    await a.services.batch.whenIdle(batch.id);
    const afterCancel = await summaryOf(a, batch.id);
    expect(afterCancel.counts.pending).toBeGreaterThan(0);
    expect(afterCancel.note).toContain('not sent');

    ok(await a.call('batch.start', { batchId: batch.id, concurrency: 4 }));
    const done = await settled(a, batch.id);
    expect(done.state).toBe('finished');
    expect(done.counts).toMatchObject({ created: 12, pending: 0, failed: 0 });
    await expectEachOnce(a, 'pause-', ids);
    for (const id of ids) expect(a.okCalls('PracticeCreate', id)).toBe(1);
  });

  it('announces progress as the batch event, a few a second, not one per row', async () => {
    const a = await open();
    const seen: BatchSummary[] = [];
    const stop = a.services.events.listen((name, payload) => {
      if (name === 'batch' && 'summary' in payload && payload.summary) seen.push(payload.summary);
    });
    const rows = leanRows('events', 30);
    const batch = await createBatch(a, rows);
    ok(await a.call('batch.start', { batchId: batch.id, concurrency: 8 }));
    await settled(a, batch.id);
    await new Promise((resolve) => setTimeout(resolve, 300));
    stop();
    expect(seen.at(-1)).toMatchObject({ state: 'finished', counts: { created: 30 } });
    expect(seen.length).toBeLessThan(rows.length);
    expect(seen.some((s) => s.state === 'running')).toBe(true);
  });

  it('a refusal from Updox fails the row with the code and the words; fixing it sends it again', async () => {
    const a = await open();
    await setFaults(a.sandboxOrigin, [{ method: 'PracticeCreate', kind: 'unknownCode', times: 1 }]);
    const batch = await createBatch(a, [goodRow('refuse-1', 2), goodRow('refuse-2', 3)]);
    ok(await a.call('batch.start', { batchId: batch.id, concurrency: 1 }));
    const done = await settled(a, batch.id);
    expect(done).toMatchObject({ state: 'finished', counts: { created: 1, failed: 1 } });
    const failed = ok(
      await a.call<{
        rows: { index: number; line: number; error: { code?: number; message: string } | null }[];
      }>('batch.rows', { batchId: batch.id, show: 'failed' }),
    );
    expect(failed.rows).toHaveLength(1);
    expect(failed.rows[0]).toMatchObject({ line: 2, error: { code: 7777 } });
    expect(failed.rows[0]!.error?.message).toMatch(/7777|code/i);

    // Fixed in place (here: saved again as it is): pending again, and the next start sends only it.
    const row = ok(await a.call<{ row: unknown }>('batch.getRow', { batchId: batch.id, index: 0 })).row;
    const saved = ok(
      await a.call<{ summary: BatchSummary }>('batch.saveRow', { batchId: batch.id, index: 0, row }),
    );
    expect(saved.summary.counts).toMatchObject({ pending: 1, failed: 0, created: 1 });
    ok(await a.call('batch.start', { batchId: batch.id }));
    expect((await settled(a, batch.id)).counts).toMatchObject({ created: 2, failed: 0 });
    await expectEachOnce(a, 'refuse-', ['refuse-1', 'refuse-2']);
  });
});
