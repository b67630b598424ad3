import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import type { BatchRowView, BatchSummary } from '../../../src/shared/contract/batch';
import type { CallOutputOf } from '../../../src/shared/contract/call-types';
import { createPractice, sandboxState, setFaults, setVendor } from '../../support/sandbox-api';
import { completePractice, partnerDetails } from '../sms/sms-sandbox';
import { eventually, openApp, removeDir, tempDataDir, type OpenApp } from '../onboarding/restartable-app';
import { ok, refusal, settled, summaryOf } from './batch-test-app';

/**
 * The bulk readiness fix over the real sandbox: export the practices whose SMS business details are incomplete,
 * fill the file, import it as a readiness batch, send it with the batch engine, and end with them complete.
 */
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
  await app.services.business.partners.save('sandbox', partnerDetails);
  await setVendor(app.sandboxOrigin, partnerDetails);
  return app;
};

type Export = CallOutputOf<'business', 'exportIncomplete'>;
const exportIncomplete = async (a: OpenApp) => ok(await a.call<Export>('business.exportIncomplete'));

/** Fills the export's empty cells with `fill` (by account ID, then header); answers the CSV a person would save. */
const fillIn = (csv: string, fill: Record<string, Record<string, string>>) => {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const rows = parsed.data.map((row) => ({ ...row, ...fill[row['Account ID']!] }));
  // Saved by a spreadsheet: a BOM, semicolons.
  return `\uFEFF${Papa.unparse(rows, { delimiter: ';', columns: parsed.meta.fields })}`;
};

const seedIncomplete = async (a: OpenApp) => {
  const o = a.sandboxOrigin;
  await createPractice(
    o,
    completePractice('fix-street', { name: 'Street Dental', address1: '', postal: '', phone: '6145550111' }),
  );
  await createPractice(o, completePractice('fix-city', { name: 'City Care', city: '' }));
  await createPractice(o, completePractice('fix-left', { name: 'Left Alone Clinic', city: '' }));
  await createPractice(o, completePractice('fix-done', { name: 'Complete Already' }));
};

describe('the bulk readiness fix', () => {
  it('export incomplete, fill, import, submit: those accounts end complete, with nothing else changed', async () => {
    const a = await open();
    await seedIncomplete(a);
    const exported = await exportIncomplete(a);
    expect(exported.rows).toBe(3);
    const filled = fillIn(exported.csv, {
      'fix-street': { 'Address line 1': '200 Oak Avenue', 'ZIP code': '43017' },
      'fix-city': { City: 'Dublin' },
      // fix-left: left as exported, its City still empty.
    });

    const batch = ok(
      await a.call<BatchSummary>('batch.importReadiness', { fileName: 'filled.csv', csv: filled }),
    );
    expect(batch).toMatchObject({ kind: 'readiness', state: 'draft', files: ['filled.csv'] });
    expect(batch.counts).toMatchObject({ rows: 3, withProblems: 1 });
    const page = ok(
      await a.call<{ rows: BatchRowView[] }>('batch.rows', { batchId: batch.id, show: 'problems' }),
    );
    expect(page.rows).toHaveLength(1);
    expect(page.rows[0]).toMatchObject({ accountId: 'fix-left', line: 4 });
    expect(page.rows[0]!.problems).toEqual({
      'practice.city': 'City is still empty: SMS verification needs it.',
    });

    ok(await a.call('batch.start', { batchId: batch.id, concurrency: 2 }));
    const done = await settled(a, batch.id);
    expect(done.counts).toMatchObject({ updated: 2, failed: 0, withProblems: 1, pending: 0 });

    // Only the row left unfilled is still incomplete; the others kept every other field (the phone, the website).
    const after = await exportIncomplete(a);
    expect(
      Papa.parse<Record<string, string>>(after.csv, { header: true, skipEmptyLines: true }).data.map(
        (r) => r['Account ID'],
      ),
    ).toEqual(['fix-left']);
    const state = (await sandboxState(a.sandboxOrigin)) as { accounts: Record<string, unknown>[] };
    const street = state.accounts.find((x) => x.accountId === 'fix-street');
    expect(street).toMatchObject({
      address1: '200 Oak Avenue',
      postal: '43017',
      phone: '6145550111',
      city: 'Dublin',
    });
    // The same results CSV as any batch: row, account ID, outcome.
    const results = ok(await a.call<{ csv: string }>('batch.exportResults', { batchId: batch.id }));
    expect(results.csv).toContain('fix-street');
    expect(results.csv).toMatch(/updated/i);
  });

  it('a restart mid-batch loses nothing: it comes back paused, and resuming sends only what was left, once', async () => {
    let a = await open();
    await seedIncomplete(a);
    const filled = fillIn((await exportIncomplete(a)).csv, {
      'fix-street': { 'Address line 1': '200 Oak Avenue', 'ZIP code': '43017' },
      'fix-city': { City: 'Dublin' },
      'fix-left': { City: 'Powell' },
    });
    const batch = ok(
      await a.call<BatchSummary>('batch.importReadiness', { fileName: 'filled.csv', csv: filled }),
    );
    await setFaults(a.sandboxOrigin, [{ kind: 'latency', latencyMs: 150 }]);
    ok(await a.call('batch.start', { batchId: batch.id, concurrency: 1 }));
    await eventually(async () => (await summaryOf(a, batch.id)).counts.updated >= 1);
    await a.stop();

    a = app = await openApp(dataDir);
    await setFaults(a.sandboxOrigin, []);
    const reopened = await summaryOf(a, batch.id);
    expect(reopened).toMatchObject({ kind: 'readiness', state: 'paused' });
    expect(reopened.counts.updated).toBeGreaterThanOrEqual(1);
    expect(reopened.counts.updated).toBeLessThan(3);
    ok(await a.call('batch.start', { batchId: batch.id, concurrency: 2 }));
    const done = await settled(a, batch.id);
    expect(done).toMatchObject({ state: 'finished', counts: { updated: 3, pending: 0, failed: 0 } });
    expect((await exportIncomplete(a)).rows).toBe(0);
    for (const id of ['fix-street', 'fix-city', 'fix-left']) expect(a.okCalls('PracticeSave', id)).toBe(1);
  });

  it('refuses a file without an Account ID column, naming it, and keeps nothing', async () => {
    const a = await open();
    const error = refusal(
      await a.call('batch.importReadiness', { fileName: 'x.csv', csv: 'Practice,City\nA,Dublin' }),
    );
    expect(error.message).toContain('no Account ID column');
    expect(ok(await a.call<{ batches: unknown[] }>('batch.list', {})).batches).toEqual([]);
  });
});
