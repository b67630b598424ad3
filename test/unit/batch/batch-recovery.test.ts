import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BatchSummary } from '../../../src/shared/contract/batch';
import { createBatchServices } from '../../../src/main/services/batch/batch-services';
import { readJournal } from '../../../src/main/services/storage/append-journal';
import { batchJournalLineSchema } from '../../../src/main/services/batch/batch-journal';
import { setFaults } from '../../support/sandbox-api';
import { eventually, openApp, removeDir, tempDataDir, type OpenApp } from '../onboarding/restartable-app';
import { goodRow, leanRows } from './batch-fixtures';
import { createBatch, expectEachOnce, ok, refusal, settled, summaryOf } from './batch-test-app';

/** A batch across a restart, Updox faults, and the walls (environment, Production). */
let dataDir = '';
let app: OpenApp | undefined;

afterEach(async () => {
  if (app) await setFaults(app.sandboxOrigin, []);
  await app?.stop();
  app = undefined;
  await removeDir(dataDir);
});

const open = async () => {
  dataDir ||= await tempDataDir();
  app = await openApp(dataDir);
  return app;
};
const never = new Promise<never>(() => undefined);

describe('a batch across a restart', () => {
  it('closed with rows in flight: comes back paused, resumes, and every practice exists exactly once', async () => {
    dataDir = '';
    const first = await open();
    const rows = [...leanRows('crash', 6), goodRow('crash-loc', 8)];
    const ids = rows.map((r) => r.practice.accountId);
    // Rows 1 and 2: the create reaches Updox, then the app stops before the answer. Rows 3 and 4: the app stops
    // before the create leaves. The four slots hang there; the other rows wait for a slot.
    first.wrapClient((client) => ({
      ...client,
      async practiceCreate(record) {
        if (record.accountId === 'crash-0001' || record.accountId === 'crash-0002') {
          await client.practiceCreate(record);
          return never;
        }
        if (record.accountId === 'crash-0003' || record.accountId === 'crash-0004') return never;
        return client.practiceCreate(record);
      },
    }));
    const batch = await createBatch(first, rows);
    ok(await first.call('batch.start', { batchId: batch.id, concurrency: 4 }));
    await eventually(async () => (await summaryOf(first, batch.id)).counts.sending === 4);
    await first.stop(); // rows in flight are abandoned after the grace period: as a crash leaves them

    const second = await open();
    const listed = ok(await second.call<{ batches: BatchSummary[] }>('batch.list', {}));
    expect(listed.batches[0]).toMatchObject({ id: batch.id, state: 'paused' });
    expect(listed.batches[0]!.note).toContain('closed while this batch was being sent');
    expect(listed.batches[0]!.counts).toMatchObject({ created: 0, sending: 0, pending: 7 });
    ok(await second.call('batch.start', { batchId: batch.id }));
    const done = await settled(second, batch.id);
    expect(done).toMatchObject({
      state: 'finished',
      counts: { created: 7, pending: 0, failed: 0, skipped: 0 },
    });
    await expectEachOnce(second, 'crash', ids);
    for (const id of ids) expect(second.okCalls('PracticeCreate', id)).toBe(1);
    expect(second.okCalls('LocationsSync', 'crash-loc')).toBe(1);
    for (const id of ids) expect(second.okCalls('UserSave', id)).toBe(1);

    // The journal holds what the screen showed: read back whole, and again after one more restart.
    const journal = await readJournal(
      path.join(dataDir, 'batches', batch.id, 'journal.jsonl'),
      batchJournalLineSchema,
    );
    expect(journal.skipped).toEqual([]);
    await second.stop();
    const third = await open();
    expect((await summaryOf(third, batch.id)).counts).toMatchObject({ created: 7, pending: 0 });
    // Once sent, no password is kept.
    const sealed = JSON.parse(
      await readFile(path.join(dataDir, 'batches', batch.id, 'passwords.json'), 'utf8'),
    );
    expect(sealed.rows).toEqual({});
  });

  it('a damaged last line of the journal is ignored, not fatal', async () => {
    dataDir = '';
    const first = await open();
    const batch = await createBatch(first, leanRows('torn', 3));
    ok(await first.call('batch.exclude', { batchId: batch.id, indexes: [2], excluded: true }));
    await first.stop();
    await appendFile(path.join(dataDir, 'batches', batch.id, 'journal.jsonl'), '{"k":"exclude","at":1,"ind');
    const second = await open();
    expect((await summaryOf(second, batch.id)).counts).toMatchObject({ rows: 3, excluded: 1, pending: 2 });
    // Appending goes on cleanly after the torn line.
    ok(await second.call('batch.exclude', { batchId: batch.id, indexes: [1], excluded: true }));
    await second.stop();
    const third = await open();
    expect((await summaryOf(third, batch.id)).counts).toMatchObject({ excluded: 2, pending: 1 });
  });
});

describe('Updox unreachable and flaky', () => {
  it('transient failures are sent again with backoff; a lost create answer is reconciled, not repeated', async () => {
    dataDir = '';
    const a = await open();
    await setFaults(a.sandboxOrigin, [
      { method: 'PracticeCreate', kind: 'drop', afterHandling: true, times: 2 },
      { method: 'UserSave', kind: 'drop', times: 4 },
    ]);
    const rows = leanRows('flaky', 4);
    const batch = await createBatch(a, rows);
    ok(await a.call('batch.start', { batchId: batch.id, concurrency: 2 }));
    const done = await settled(a, batch.id, 30_000);
    expect(done.counts).toMatchObject({ created: 4, failed: 0, pending: 0 });
    await expectEachOnce(
      a,
      'flaky',
      rows.map((r) => r.practice.accountId),
    );
  });

  it('rows that cannot reach Updox are left pending with why, and the batch pauses itself, saying so', async () => {
    dataDir = '';
    const a = await open();
    const batches = await createBatchServices(a.services, {
      retry: { retries: 1, minDelayMs: 5, maxDelayMs: 10 },
      closeGraceMs: 0,
    });
    try {
      await setFaults(a.sandboxOrigin, [{ kind: 'drop' }]);
      const batch = await batches.create({ mode: 'create', files: ['p.csv'], rows: leanRows('down', 10) });
      await batches.start({ batchId: batch.id, concurrency: 2 });
      await eventually(async () => {
        const s = (await batches.rows({ batchId: batch.id, show: 'all', offset: 0, limit: 1 })).summary;
        return s.state === 'paused' && s.counts.sending === 0;
      });
      const page = await batches.rows({ batchId: batch.id, show: 'all', offset: 0, limit: 10 });
      expect(page.summary.note).toMatch(/could not be reached/);
      expect(page.summary.counts.pending).toBe(10);
      const tried = page.rows.filter((r) => r.error !== null);
      expect(tried.length).toBeGreaterThanOrEqual(3);
      expect(tried[0]!.error!.message).toMatch(/^Not sent yet: .*tried 2 times/);

      await setFaults(a.sandboxOrigin, []);
      await batches.start({ batchId: batch.id, concurrency: 4 });
      await eventually(async () => {
        const s = (await batches.rows({ batchId: batch.id, show: 'all', offset: 0, limit: 1 })).summary;
        return s.state === 'finished';
      });
      const after = await batches.rows({ batchId: batch.id, show: 'all', offset: 0, limit: 10 });
      expect(after.summary.counts.created).toBe(10);
      expect(after.rows.every((r) => r.error === null)).toBe(true);
    } finally {
      await batches.close();
    }
  });
});

describe('the walls', () => {
  it('a batch of one environment is not listed and refused in another; its sends go to its own', async () => {
    dataDir = '';
    const a = await open();
    const sandbox = await a.services.sandbox.get();
    const added = ok(
      await a.call<{ environments: { id: string; name: string }[] }>('environments.addCustom', {
        name: 'Other',
        apiBase: sandbox.apiBase,
      }),
    );
    const other = added.environments.find((e) => e.name === 'Other')!;
    ok(
      await a.call('credentials.save', {
        environmentId: other.id,
        ...sandbox.credentials,
        acceptWeakStorage: true,
      }),
    );
    const batch = await createBatch(a, leanRows('wall', 2));
    ok(await a.call('environments.select', { id: other.id }));
    // In Other it is only counted, with the environment it belongs to.
    expect(ok(await a.call<{ batches: BatchSummary[]; elsewhere: unknown[] }>('batch.list', {}))).toEqual({
      batches: [],
      elsewhere: [{ environmentId: 'sandbox', environmentName: 'Sandbox', batches: 1 }],
    });
    for (const [name, input] of [
      ['batch.rows', { batchId: batch.id }],
      ['batch.start', { batchId: batch.id }],
      ['batch.exclude', { batchId: batch.id, indexes: [0], excluded: true }],
      ['batch.exportResults', { batchId: batch.id }],
      ['batch.discard', { batchId: batch.id }],
    ] as const) {
      const error = refusal(await a.call(name, input));
      expect(error.message, name).toContain('Sandbox');
    }
    ok(await a.call('environments.select', { id: 'sandbox' }));
    ok(await a.call('batch.start', { batchId: batch.id }));
    // Switching while it runs does not move its sends.
    ok(await a.call('environments.select', { id: other.id }));
    await eventually(() => a.services.batch.whenIdle(batch.id).then(() => true));
    ok(await a.call('environments.select', { id: 'sandbox' }));
    expect((await settled(a, batch.id)).counts.created).toBe(2);
    const creates = (environmentId: string) =>
      a.services.audit
        .recent(1_000, environmentId)
        .filter(
          (e) => e.method === 'PracticeCreate' && e.accountId?.startsWith('wall') && e.outcome === 'ok',
        );
    expect(creates('sandbox')).toHaveLength(2);
    expect(creates(other.id)).toHaveLength(0);
  });

  it('Production: start is refused without the confirmation, naming the count; nothing is sent', async () => {
    dataDir = '';
    const a = await open();
    ok(await a.call('environments.select', { id: 'production', confirmProduction: true }));
    const batch = await createBatch(a, leanRows('prod', 3));
    const error = refusal(await a.call('batch.start', { batchId: batch.id }));
    expect(error).toMatchObject({ kind: 'forbidden', fields: { confirmProduction: expect.any(String) } });
    expect(error.message).toContain('3 practices');
    expect((await summaryOf(a, batch.id)).state).toBe('draft');
  });
});
