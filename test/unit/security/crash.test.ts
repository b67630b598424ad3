import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzScale } from './scale';

/**
 * SIGKILL at random points while the real services save drafts, partner details, outbox items and submission
 * journals (a child process: crash-worker.ts). After each restart: every file parses, no temp file is left, every
 * acknowledged save is there (or a later one), and no account was created twice.
 */
const kills = Number(process.env.DESK_CRASH_KILLS ?? 50 * fuzzScale);
// The worker is bundled once (our code only; packages stay in node_modules) and started with plain node: starting
// it through tsx's loader cost about 0.5 s a kill on a loaded machine, most of the suite's time.
const workerSource = path.join(import.meta.dirname, 'crash-worker.ts');
const worker = path.resolve(
  import.meta.dirname,
  '../../../node_modules/.cache/onboarding-desk',
  `crash-worker-${process.pid}.mjs`,
);
const dataDirs: string[] = [];
beforeAll(async () => {
  await build({
    entryPoints: [workerSource],
    outfile: worker,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
});
afterAll(async () => {
  await fs.rm(worker, { force: true });
  for (const dir of dataDirs) await fs.rm(dir, { recursive: true, force: true });
});

interface StateReport {
  drafts: Record<string, string>;
  partner: string | null;
  accounts: string[];
  outboxLeft: number;
  unparsable: string[];
}

/** Runs one worker; kills it a few milliseconds after its `killAfterAcks`-th acknowledged save (0: after STATE). */
const runOnce = (dataDir: string, round: number, killAfterAcks: number) =>
  new Promise<{ state: StateReport; lines: string[] }>((resolve, reject) => {
    const child = spawn(process.execPath, [worker, dataDir, String(round)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DESK_LOG_LEVEL: 'error' },
    });
    let out = '';
    let err = '';
    let state: StateReport | undefined;
    let killed = false;
    const kill = () => {
      if (killed) return;
      killed = true;
      child.kill('SIGKILL');
    };
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!state) {
        const line = out.split('\n').find((l) => l.startsWith('STATE '));
        if (!line) return;
        state = JSON.parse(line.slice(6)) as StateReport;
        if (killAfterAcks === 0) setTimeout(kill, Math.random() * 20);
        setTimeout(kill, 3_000); // a worker that stopped saving is killed anyway
      }
      const acks = out.split('\n').filter((l) => l.startsWith('ACK ')).length;
      if (acks >= killAfterAcks) setTimeout(kill, Math.random() * 15); // mid-way through the next save
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code, signal) => {
      if (!state)
        return reject(new Error(`worker ended (${code ?? signal}) before reporting: ${err.slice(-2000)}`));
      if (signal !== 'SIGKILL')
        return reject(new Error(`worker ended by itself (${code}): ${err.slice(-2000)}`));
      resolve({ state, lines: out.split('\n') });
    });
  });

/** "Practice 3 17" -> [3, 17], so "this save or a later one" is a comparison. */
const order = (name: string): [number, number] => {
  const [, round = '-1', n = '-1'] = /(\d+) (\d+)$/.exec(name) ?? [];
  return [Number(round), Number(n)];
};
const notOlder = (stored: string | null | undefined, acked: string) => {
  if (stored === null || stored === undefined) return false;
  const [sr, sn] = order(stored);
  const [ar, an] = order(acked);
  return sr > ar || (sr === ar && sn >= an);
};

/** Independent lanes (one data folder each) run side by side, so the kills fit in the suite's time. */
const lanes = 3;

const lane = async (laneIndex: number, laneKills: number) => {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `desk-crash-${laneIndex}-`));
  dataDirs.push(dataDir);
  const lastAck: { drafts: Record<string, string>; partner?: string } = { drafts: {} };
  const submitted = new Set<string>();
  let acks = 0;
  for (let round = 0; round <= laneKills; round += 1) {
    // Kill points spread from "just opened" to "deep in the save loop".
    const killAfter = round === laneKills ? 0 : Math.floor(Math.random() * 200);
    const { state, lines } = await runOnce(dataDir, round, killAfter);
    expect(state.unparsable, `round ${round}`).toEqual([]);
    for (const [id, name] of Object.entries(lastAck.drafts)) {
      expect(
        notOlder(state.drafts[id], name),
        `round ${round}: draft ${id} acked ${name}, found ${state.drafts[id]}`,
      ).toBe(true);
    }
    if (lastAck.partner)
      expect(notOlder(state.partner, lastAck.partner), `round ${round}: partner`).toBe(true);
    expect(new Set(state.accounts).size, `round ${round}: an account created twice`).toBe(
      state.accounts.length,
    );
    for (const line of lines) {
      const [kind, a, ...rest] = line.split(' ');
      if (kind === 'ACK' && a === 'draft') lastAck.drafts[rest[0]!] = rest.slice(1).join(' ');
      if (kind === 'ACK' && a === 'partner') lastAck.partner = rest.join(' ');
      if (kind === 'ACK') acks += 1;
      if (kind === 'SUBMIT' && a) submitted.add(a);
    }
  }
  return { acks, submissions: submitted.size };
};

describe('crash', () => {
  it(`survives ${kills} SIGKILLs during saves, outbox replay and submissions`, async () => {
    const started = Date.now();
    const perLane = Array.from(
      { length: lanes },
      (_, i) => Math.floor(kills / lanes) + (i < kills % lanes ? 1 : 0),
    );
    const results = await Promise.all(perLane.map((n, i) => lane(i, n)));
    const acks = results.reduce((sum, r) => sum + r.acks, 0);
    const submissions = results.reduce((sum, r) => sum + r.submissions, 0);
    console.log(
      `crash: ${kills} SIGKILLs, ${acks} acknowledged saves checked, ${submissions} submissions, ${Math.round((Date.now() - started) / 1000)} s`,
    );
    expect(acks).toBeGreaterThan(kills);
  }, 1_800_000);
});
