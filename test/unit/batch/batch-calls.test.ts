import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BatchRowView, BatchSummary } from '../../../src/shared/contract/batch';
import type { Result } from '../../../src/shared/errors';
import { readAllFiles } from '../services/test-services';
import { openApp, removeDir, tempDataDir, type OpenApp } from '../onboarding/restartable-app';
import { GOOD_PASSWORD } from '../onboarding/wizard-fixtures';
import { goodRow } from './batch-fixtures';

/** The batch calls through the real dispatcher, on a real data folder that outlives a restart. */
let dataDir = '';
let app: OpenApp | undefined;

afterEach(async () => {
  await app?.stop();
  app = undefined;
  await removeDir(dataDir);
});

const ok = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`Refused: ${result.error.message}`);
  return result.data;
};
const refusal = <T>(result: Result<T>) => {
  if (result.ok) throw new Error('Expected a refusal.');
  return result.error;
};

type Rows = { summary: BatchSummary; total: number; rows: BatchRowView[] };

const threeRows = () => {
  const bad = goodRow('calls-2', 3);
  bad.practice.postal = '123';
  // Its location and user came from lines of their own files.
  bad.locations[0]!.line = 31;
  bad.users[0]!.line = 17;
  return [goodRow('calls-1', 2), bad, goodRow('calls-3', 4)];
};

describe('batch calls', () => {
  it('keeps imported rows as typed, checks them with the wizard rules, persists fixes, exclusions and mode', async () => {
    dataDir = await tempDataDir();
    app = await openApp(dataDir);
    const created = ok(
      await app.call<BatchSummary>('batch.create', {
        mode: 'create',
        files: ['practices.csv'],
        rows: threeRows(),
      }),
    );
    expect(created).toMatchObject({
      environmentId: 'sandbox',
      state: 'draft',
      mode: 'create',
      concurrency: 4,
    });
    expect(created.counts).toMatchObject({ rows: 3, withProblems: 1, pending: 2, excluded: 0 });

    const problems = ok(await app.call<Rows>('batch.rows', { batchId: created.id, show: 'problems' }));
    expect(problems.total).toBe(1);
    expect(problems.rows[0]).toMatchObject({ index: 1, line: 3, accountId: 'calls-2', outcome: 'pending' });
    expect(problems.rows[0]!.problems['practice.postal']).toMatch(/ZIP/i);

    // The password is sealed at once: never in a file in clear, never answered back.
    const files = await readAllFiles(dataDir);
    for (const [name, text] of Object.entries(files)) expect(text, name).not.toContain(GOOD_PASSWORD);
    const got = ok(
      await app.call<{ row: { users: object[] }; passwordsSaved: string[] }>('batch.getRow', {
        batchId: created.id,
        index: 0,
      }),
    );
    expect(got.row.users[0]).not.toHaveProperty('password');
    expect(got.passwordsSaved).toEqual(['u1']);

    // The bad row kept exactly as typed; fixed in place.
    const bad = ok(
      await app.call<{ row: ReturnType<typeof goodRow> }>('batch.getRow', { batchId: created.id, index: 1 }),
    );
    expect(bad.row.practice.postal).toBe('123');
    const fixed = { ...bad.row, practice: { ...bad.row.practice, postal: '43017' } };
    const saved = ok(
      await app.call<{ summary: BatchSummary; view: BatchRowView }>('batch.saveRow', {
        batchId: created.id,
        index: 1,
        row: fixed,
      }),
    );
    expect(saved.view.problems).toEqual({});
    expect(saved.summary.counts).toMatchObject({ withProblems: 0, pending: 3 });

    ok(await app.call('batch.exclude', { batchId: created.id, indexes: [2], excluded: true }));
    ok(await app.call('batch.setMode', { batchId: created.id, mode: 'save' }));

    // A restart: the same batch comes back from the disk.
    await app.stop();
    app = await openApp(dataDir);
    const listed = ok(await app.call<{ batches: BatchSummary[] }>('batch.list', {}));
    expect(listed.batches).toHaveLength(1);
    expect(listed.batches[0]).toMatchObject({ id: created.id, mode: 'save', state: 'draft' });
    expect(listed.batches[0]!.counts).toMatchObject({ rows: 3, excluded: 1, withProblems: 0, pending: 2 });
    const after = ok(
      await app.call<{ row: ReturnType<typeof goodRow>; passwordsSaved: string[] }>('batch.getRow', {
        batchId: created.id,
        index: 1,
      }),
    );
    expect(after.row.practice.postal).toBe('43017');
    expect(after.passwordsSaved).toEqual(['u1']);
    // The rows view names each location's and user's file line, so problems read the same after a reload.
    const views = ok(await app.call<Rows>('batch.rows', { batchId: created.id, show: 'all' }));
    expect(views.rows[1]).toMatchObject({ line: 3, lines: { locations: [31], users: [17] } });
  });

  it('refuses bad input naming the field and the rule, and changes nothing', async () => {
    dataDir = await tempDataDir();
    app = await openApp(dataDir);
    expect(
      refusal(await app.call('batch.create', { mode: 'create', files: ['p.csv'], rows: [] })),
    ).toMatchObject({
      kind: 'validation',
      fields: { rows: expect.any(String) },
    });
    const created = ok(
      await app.call<BatchSummary>('batch.create', { mode: 'create', files: ['p.csv'], rows: threeRows() }),
    );
    expect(
      refusal(await app.call('batch.saveRow', { batchId: created.id, index: 7, row: goodRow('x', 9) })),
    ).toMatchObject({ kind: 'validation', fields: { index: expect.stringContaining('0 to 2') } });
    expect(refusal(await app.call('batch.getRow', { batchId: 'b-nope-000000', index: 0 }))).toMatchObject({
      kind: 'not-found',
    });
    expect(refusal(await app.call('batch.setMode', { batchId: created.id, mode: 'update' }))).toMatchObject({
      kind: 'validation',
      fields: { mode: expect.any(String) },
    });
    const rows = ok(await app.call<Rows>('batch.rows', { batchId: created.id }));
    expect(rows.summary.counts).toMatchObject({ rows: 3, withProblems: 1, pending: 2 });
  });

  it('names a second row with the same Account ID, with the line of the first', async () => {
    dataDir = await tempDataDir();
    app = await openApp(dataDir);
    const rows = [goodRow('twice', 2), goodRow('other', 3), goodRow('Twice', 4)];
    const created = ok(
      await app.call<BatchSummary>('batch.create', { mode: 'create', files: ['p.csv'], rows }),
    );
    const shown = ok(await app.call<Rows>('batch.rows', { batchId: created.id, show: 'problems' }));
    expect(shown.rows.map((r) => r.line)).toEqual([4]);
    expect(shown.rows[0]!.problems['practice.accountId']).toContain('also on line 2');
    // Leaving the first out clears the second's problem.
    const summary = ok(
      await app.call<BatchSummary>('batch.exclude', { batchId: created.id, indexes: [0], excluded: true }),
    );
    expect(summary.counts).toMatchObject({ excluded: 1, withProblems: 0, pending: 2 });
    // The row left out says why (after a restart too), and so does the results file.
    await app.stop();
    app = await openApp(dataDir);
    const out = ok(await app.call<Rows>('batch.rows', { batchId: created.id, show: 'excluded' }));
    expect(out.rows.map((r) => r.line)).toEqual([2]);
    expect(out.rows[0]!.problems['practice.accountId']).toMatch(/also on line 4.*so this row is left out/);
    const results = ok(await app.call<{ csv: string }>('batch.exportResults', { batchId: created.id }));
    expect(results.csv.split('\r\n').find((l) => l.startsWith('2,'))).toMatch(/left out.*also on line 4/);
  });
});

describe('discarding a batch', () => {
  it('deletes its rows, journal and sealed passwords; it is gone from the list and refused after', async () => {
    dataDir = await tempDataDir();
    app = await openApp(dataDir);
    const created = ok(
      await app.call<BatchSummary>('batch.create', { mode: 'create', files: ['p.csv'], rows: threeRows() }),
    );
    const folder = path.join(dataDir, 'batches', created.id);
    expect((await fs.readdir(folder)).sort()).toEqual(['journal.jsonl', 'passwords.json', 'rows.json']);
    ok(await app.call('batch.discard', { batchId: created.id }));
    await expect(fs.access(folder)).rejects.toThrow();
    expect(ok(await app.call<{ batches: BatchSummary[] }>('batch.list', {})).batches).toEqual([]);
    expect(refusal(await app.call('batch.rows', { batchId: created.id }))).toMatchObject({
      kind: 'not-found',
    });
  });
});
