import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BatchSummary } from '../src/shared/contract/batch';
import { checkRow } from '../src/main/services/batch/batch-check';
import { practiceRecordFor, userRecordFor } from '../src/main/services/onboarding/submission-payload';
import { createNodePlatform } from '../src/main/platform/node-platform';
import { createAppServices, type AppServices } from '../src/main/services/app-services';
import type { UpdoxClient } from '../src/main/updox/client';
import { findPractice } from '../src/main/updox/methods/practice-create';
import { SANDBOX_APPLICATION_ID, SANDBOX_APPLICATION_PASSWORD } from '../src/sandbox/defaults';
import { leanRows } from '../test/unit/batch/batch-fixtures';
import { GOOD_PASSWORD } from '../test/unit/onboarding/wizard-fixtures';
import { setFaults } from '../test/support/sandbox-api';
import type { Bench, BenchRow } from './bench-types';
import { root } from './support/project';

const practices = 1_000;
const latencyMs = 50;
const concurrency = 8;

/** Every Updox call the batch makes, counted (the ideal is calls × latency / concurrency). */
const countCalls = (services: AppServices) => {
  const counter = { calls: 0 };
  const real = services.updox.session.bind(services.updox);
  services.updox.session = async (environmentId, credentials) => {
    const session = await real(environmentId, credentials);
    const client = Object.fromEntries(
      Object.entries(session.client).map(([name, method]) => [
        name,
        (...args: unknown[]) => {
          counter.calls += 1;
          return (method as (...a: unknown[]) => unknown)(...args);
        },
      ]),
    ) as UpdoxClient;
    return { ...session, client };
  };
  return counter;
};

const summaryOf = async (services: AppServices, batchId: string): Promise<BatchSummary> =>
  (await services.batch.rows({ batchId, show: 'all', offset: 0, limit: 1 })).summary;

const untilSettled = async (services: AppServices, batchId: string): Promise<BatchSummary> => {
  for (;;) {
    const summary = await summaryOf(services, batchId);
    if (summary.state !== 'running' && summary.counts.sending === 0) return summary;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/**
 * The sandbox in a process of its own, as Updox is on another machine: its work is not charged to the app's event
 * loop. Answers its origin and a stop.
 */
const ownSandbox = (): Promise<{ origin: string; apiBase: string; child: ChildProcess }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/sandbox/cli.ts', '--port', '0'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const apiBase = /listening: (\S+)/.exec(out)?.[1];
      if (apiBase) resolve({ apiBase, origin: new URL(apiBase).origin, child });
    });
    child.once('exit', (code) => reject(new Error(`The sandbox exited with ${code}: ${out}`)));
  });

/** The app's services on a fresh data folder, its active environment the sandbox of its own process. */
const withServices = async <T>(
  name: string,
  run: (services: AppServices, origin: string) => Promise<T>,
): Promise<T> => {
  const dataDir = await mkdtemp(join(tmpdir(), `onboarding-desk-bench-${name}-`));
  const sandbox = await ownSandbox();
  const services = await createAppServices(createNodePlatform(dataDir));
  try {
    const list = await services.environments.addCustom({ name: 'Bench sandbox', apiBase: sandbox.apiBase });
    const id = list.environments.find((e) => e.name === 'Bench sandbox')!.id;
    await services.credentials.save({
      environmentId: id,
      applicationId: SANDBOX_APPLICATION_ID,
      applicationPassword: SANDBOX_APPLICATION_PASSWORD,
      acceptWeakStorage: true,
    });
    await services.environments.select({ id });
    return await run(services, sandbox.origin);
  } finally {
    await services.close();
    sandbox.child.kill('SIGTERM');
    await rm(dataDir, { recursive: true, force: true });
  }
};

/**
 * The floor on this machine now: the same calls (PracticeGet, PracticeCreate, UserSave) straight from the client by
 * `concurrency` loops, no batch, no journal. Milliseconds.
 */
const rawClientFloor = async (services: AppServices, count: number): Promise<number> => {
  const { client } = await services.updox.session(services.updox.activeEnvironment().id);
  const rows = leanRows('floor', count);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < rows.length) {
        const row = rows[next++]!;
        const checked = checkRow(row, 'create', () => GOOD_PASSWORD);
        if (!checked.ok) throw new Error('A bench row has problems.');
        await findPractice((id) => client.practiceGet(id), row.practice.accountId);
        await client.practiceCreate(practiceRecordFor(checked.record.practice, null));
        await client.userSave(row.practice.accountId, userRecordFor(checked.record.users[0]!, GOOD_PASSWORD));
      }
    }),
  );
  return performance.now() - started;
};

/** 1,000 practices at 50 ms per call, concurrency 8: the wall time against the ideal. */
const timedRun = () =>
  withServices('batch', async (services, origin): Promise<BenchRow[]> => {
    await setFaults(origin, [{ kind: 'latency', latencyMs }]);
    const floorCount = 200;
    const floor = await rawClientFloor(services, floorCount);
    const floorIdeal = (floorCount * 3 * latencyMs) / concurrency;
    const counter = countCalls(services);
    const batch = await services.batch.create({
      mode: 'create',
      files: ['bench.csv'],
      rows: leanRows('bench', practices),
    });
    const started = performance.now();
    await services.batch.start({ batchId: batch.id, concurrency });
    const done = await untilSettled(services, batch.id);
    const took = performance.now() - started;
    if (done.counts.created !== practices)
      throw new Error(`Only ${done.counts.created} of ${practices} practices were created.`);
    const ideal = (counter.calls * latencyMs) / concurrency;
    return [
      {
        measure: `${practices} practices, ${latencyMs} ms per call, concurrency ${concurrency}: time vs ideal`,
        value: took / ideal,
        unit: 'ratio',
        target: 1.25,
        op: '<=',
        reference: `measured ${(took / 1000).toFixed(1)} s, ideal ${(ideal / 1000).toFixed(1)} s (${counter.calls} calls × ${latencyMs} ms / ${concurrency})`,
      },
      {
        measure: `the same calls straight from the client (no batch, no journal), ${floorCount} practices: time vs ideal`,
        value: floor / floorIdeal,
        unit: 'ratio',
        reference: `measured ${(floor / 1000).toFixed(1)} s, ideal ${(floorIdeal / 1000).toFixed(1)} s: this machine's floor now`,
      },
    ];
  });

/**
 * The same with 5% of calls failing (HTTP 503, connections dropped before and after Updox handled them): resumed
 * until nothing is left to send, then PracticeList must hold every created practice exactly once, and every row
 * not created must say why.
 */
const faultyRun = () =>
  withServices('batch-faults', async (services, origin): Promise<BenchRow[]> => {
    await setFaults(origin, [
      { kind: 'http5xx', probability: 0.025 },
      { kind: 'drop', probability: 0.0125 },
      { kind: 'drop', probability: 0.0125, afterHandling: true },
      { kind: 'latency', latencyMs },
    ]);
    const rows = leanRows('faulty', practices);
    const batch = await services.batch.create({ mode: 'create', files: ['bench.csv'], rows });
    const started = performance.now();
    let done: BatchSummary | null = null;
    for (let round = 0; round < 5; round += 1) {
      await services.batch.start({ batchId: batch.id, concurrency });
      done = await untilSettled(services, batch.id);
      if (done.counts.pending === 0) break;
    }
    const took = performance.now() - started;
    await setFaults(origin, []);
    const { client } = await services.updox.session(services.updox.activeEnvironment().id);
    const held = (await client.practiceList()).filter((p) => p.accountId.startsWith('faulty-'));
    const once = new Set(held.map((p) => p.accountId)).size === held.length;
    const page = await services.batch.rows({ batchId: batch.id, show: 'all', offset: 0, limit: practices });
    const created = new Set(page.rows.filter((r) => r.outcome === 'created').map((r) => r.accountId));
    const heldIds = new Set(held.map((p) => p.accountId));
    // A row is right when created and held, or not created and reported with why (a failed row whose practice
    // step went through is held too: it says which step failed).
    const wrong = page.rows.filter((r) =>
      r.outcome === 'created'
        ? !heldIds.has(r.accountId)
        : r.outcome === 'skipped' ||
          r.error === null ||
          (r.outcome === 'pending' && heldIds.has(r.accountId)),
    ).length;
    const counts = done?.counts;
    return [
      {
        measure: `${practices} practices with 5% failed or dropped calls: rows wrong (created twice, lost or unexplained)`,
        value: wrong + (once ? 0 : 1),
        unit: 'count',
        target: 0,
        op: '<=',
        reference: `created ${created.size}, failed ${counts?.failed ?? 0}, pending ${counts?.pending ?? 0}, skipped ${counts?.skipped ?? 0}; PracticeList holds ${held.length}; ${(took / 1000).toFixed(1)} s`,
      },
    ];
  });

const bench: Bench = {
  description: `Batch submit: ${practices} practices to the sandbox at ${latencyMs} ms per call, concurrency ${concurrency}; then with 5% faults`,
  async run() {
    return [...(await timedRun()), ...(await faultyRun())];
  },
};
export default bench;
