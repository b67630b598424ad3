import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { newDataDir, startDeskHost, type DeskHost } from '../test/e2e/support/desk-host';
import { createSandboxPractice } from '../test/unit/accounts/sandbox-practices';
import { seedSandboxState } from './accounts/seed-sandbox-state';
import type { Bench, BenchRow } from './bench-types';
import { percentile, timeMs } from './stats';
import { ensureWebBuilt, median, root } from './support/project';

const stored = 5_000;
const createSamples = 60;
const connections = 32;
const loadSeconds = 5;
const loadRuns = 3;
const vendorAuth = {
  applicationId: 'sandbox-vendor',
  applicationPassword: 'sandbox-password',
  accountId: '',
  userId: '',
};

/** autocannon in its own process (not sharing the sandbox's event loop): requests per second, on average. */
const autocannon = (url: string, body: string): Promise<number> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      join(root, 'node_modules/.bin/autocannon'),
      [
        '-c',
        String(connections),
        '-d',
        String(loadSeconds),
        '-m',
        'POST',
        '-H',
        'content-type=application/json',
        '-b',
        body,
        '-j',
        url,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      try {
        const result = JSON.parse(out) as { requests: { average: number }; non2xx: number; errors: number };
        if (code !== 0 || result.errors > 0 || result.non2xx > 0)
          throw new Error(`autocannon: exit ${code}, ${result.errors} errors, ${result.non2xx} non-2xx`);
        resolve(result.requests.average);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });

/**
 * The embedded Updox sandbox of the web host (as the app uses it) with 5,000 practices stored: PracticeCreate's
 * latency through its HTTP API (the state journal synced before each answer), and PracticeGet throughput with
 * 32 connections from autocannon in a separate process.
 */
const bench: Bench = {
  description: `sandbox with ${stored} practices: PracticeCreate latency, PracticeGet throughput`,
  async run() {
    await ensureWebBuilt();
    const dataDir = await newDataDir();
    let host: DeskHost | undefined;
    try {
      await seedSandboxState(dataDir, stored);
      host = await startDeskHost({ dataDir });
      await new Promise((resolve) => setTimeout(resolve, 2_000)); // start-up settles
      const origin = host.sandboxOrigin;
      const getOne = (accountId: string) =>
        fetch(`${origin}/api/io/PracticeGet`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ auth: vendorAuth, accountId }),
        }).then((res) => res.json());
      const creates: number[] = [];
      const gets: number[] = [];
      for (let i = 0; i < createSamples; i += 1) {
        const accountId = `bench-new-${i}`;
        creates.push(await timeMs(() => createSandboxPractice(origin, { accountId, name: `New ${i}` })));
        gets.push(await timeMs(() => getOne(accountId)));
      }
      const body = JSON.stringify({
        auth: {
          applicationId: 'sandbox-vendor',
          applicationPassword: 'sandbox-password',
          accountId: '',
          userId: '',
        },
        accountId: 'bench-02500',
      });
      const check = (await (
        await fetch(`${host.sandboxOrigin}/api/io/PracticeGet`, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json' },
        })
      ).json()) as { responseCode: number };
      if (check.responseCode !== 2000) throw new Error(`PracticeGet answered ${check.responseCode}`);
      const throughput: number[] = [];
      for (let i = 0; i < loadRuns; i += 1)
        throughput.push(await autocannon(`${host.sandboxOrigin}/api/io/PracticeGet`, body));
      const rows: BenchRow[] = [
        {
          measure: `PracticeCreate with ${stored} stored (p50 of ${createSamples}, HTTP round trip)`,
          value: percentile(creates, 50),
          unit: 'ms',
          target: 5,
          reference: `PracticeGet round trip p50 ${percentile(gets, 50).toFixed(2)} ms`,
        },
        { measure: `PracticeCreate p95`, value: percentile(creates, 95), unit: 'ms' },
        {
          measure: `PracticeGet throughput, ${connections} connections (median of ${loadRuns} x ${loadSeconds} s)`,
          value: median(throughput),
          unit: 'per-second',
          target: 3000,
          op: '>=',
          reference: 'autocannon 8 in a separate process',
        },
      ];
      return rows;
    } finally {
      await host?.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};
export default bench;
