import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import { newDataDir, startDeskHost, type DeskHost } from '../test/e2e/support/desk-host';
import { seedSandboxState } from './accounts/seed-sandbox-state';
import type { Bench, BenchRow } from './bench-types';
import { bareNodeStart, rssMb, timeToLine } from './support/processes';
import { ensureWebBuilt, median, root } from './support/project';
import { seedWizardDrafts } from './support/seed-drafts';
import { timeMs } from './stats';

const starts = 5;
const settleMs = 2_000;
const scale = 5_000;
const listCalls = 7;

const rpc = async (host: DeskHost, name: string, input?: unknown): Promise<unknown> => {
  const res = await fetch(`${host.origin}/rpc/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-desk-token': host.token },
    body: JSON.stringify({ input }),
  });
  const result = (await res.json()) as { ok: boolean };
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result;
};

/**
 * The web host as `npm run start:web` runs it (node out/web-host/cli.js): cold start to "Open:" in a new data
 * folder, its memory when idle, then with 5,000 practices in its sandbox and 5,000 drafts after the Accounts list
 * and the drafts were loaded once, and accounts.list over its HTTP bridge (what the renderer calls).
 */
const bench: Bench = {
  description: `web host: cold start, memory idle and with ${scale} practices + ${scale} drafts, accounts.list`,
  async run() {
    await ensureWebBuilt();
    const cli = join(root, 'out/web-host/cli.js');
    const coldStarts: number[] = [];
    const idleRss: number[] = [];
    const nodeStarts: number[] = [];
    for (let i = 0; i < starts; i += 1) {
      nodeStarts.push(await bareNodeStart());
      const dataDir = await newDataDir();
      try {
        coldStarts.push(
          await timeToLine([cli, '--data-dir', dataDir, '--port', '0'], /Open: /, async (pid) => {
            await new Promise((resolve) => setTimeout(resolve, settleMs));
            idleRss.push(await rssMb(pid));
          }),
        );
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    }

    const dataDir = await newDataDir();
    let host: DeskHost | undefined;
    try {
      await seedSandboxState(dataDir, scale);
      await seedWizardDrafts(dataDir, scale);
      const loadedStartMs = await timeMs(async () => (host = await startDeskHost({ dataDir })));
      const desk = host as DeskHost;
      const lists: number[] = [];
      for (let i = 0; i < listCalls; i += 1) lists.push(await timeMs(() => rpc(desk, 'accounts.list')));
      await rpc(desk, 'onboarding.listDrafts');
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      const loadedRss = await rssMb(desk.pid);
      const rows: BenchRow[] = [
        {
          measure: 'cold start to "Open:" (empty data folder)',
          value: median(coldStarts),
          unit: 'ms',
          target: 500,
          reference: `node -e 0: ${median(nodeStarts).toFixed(0)} ms`,
        },
        { measure: 'idle memory (RSS), empty data folder', value: median(idleRss), unit: 'MB', target: 100 },
        {
          measure: `memory (RSS) with ${scale} practices + ${scale} drafts, after list`,
          value: loadedRss,
          unit: 'MB',
          target: 200,
        },
        { measure: `start with ${scale} practices + ${scale} drafts`, value: loadedStartMs, unit: 'ms' },
        {
          measure: `accounts.list over HTTP, ${scale} practices (p50 of ${listCalls})`,
          value: median(lists),
          unit: 'ms',
          target: 150,
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
