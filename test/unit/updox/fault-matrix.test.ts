import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpdoxError } from '../../../src/main/updox/updox-error';
import {
  type Harness,
  location,
  partnerContact,
  practice,
  startHarness,
  tracesFor,
  uniqueId,
  user,
} from './support';

/**
 * Every Updox method the app uses x every way an answer can go wrong. For each cell: what the person reads, how
 * many attempts were made, and whether anything was duplicated in Updox. Printed as a table (and written to
 * test-results/fault-matrix.md, from which docs/security.md's table is copied).
 */
let h: Harness;
let accountId = '';
let locationId = 0;
let userId = '';
beforeAll(async () => {
  h = await startHarness();
  await h.control('reset');
  await h.control('vendor', {
    name: 'Partner EHR',
    legalName: 'Partner EHR LLC',
    address1: '123 Main Street',
    address2: '',
    city: 'Anywhere',
    state: 'AL',
    postal: '44444',
    countryCode: 'US',
    ...partnerContact,
  });
  await h.control('verification', { delayMs: 1_000, numberAssignDelayMs: 500, outcome: 'APPROVED' });
  accountId = (await h.client.practiceCreate(practice())).accountId;
  await h.client.smsSend(accountId, { to: '6145550123', message: 'x' }).catch(() => undefined);
  await h.control('clock', { advanceMs: 60_000 });
  const [number] = await h.client.smsSendNumberList(accountId);
  locationId = number?.locationId ?? 0;
  const someone = user();
  await h.client.userSave(accountId, someone);
  userId = someone.userId;
}, 60_000);
afterAll(() => h.close());

// A fresh code each time: LocationsSync upserts by it, so copies are counted per call.
const newLocation = () => location({ code: uniqueId('c').slice(-20) });

interface State {
  numbers: { accountId: string; locationId: number }[];
  accounts: { accountId: string }[];
  users: { userId: string }[];
  locations: { externalId?: string; code: string }[];
  smsSentCount: number;
}
const state = async () => (await h.state()) as unknown as State;

/** One method: how the app calls it, and how many copies in Updox a single intended call should leave. */
interface MethodCase {
  method: string;
  write: boolean;
  run: () => Promise<{ copies?: () => Promise<number> }>;
}

const methods: MethodCase[] = [
  { method: 'Ping', write: false, run: async () => (await h.client.ping(), {}) },
  {
    method: 'PingWithApplicationAuth',
    write: false,
    run: async () => (await h.client.pingWithApplicationAuth(), {}),
  },
  {
    method: 'PingWithAccountAuth',
    write: false,
    run: async () => (await h.client.pingWithAccountAuth(accountId), {}),
  },
  {
    method: 'PracticeCreate',
    write: true,
    run: async () => {
      const record = practice();
      const copies = async () =>
        (await state()).accounts.filter((a) => a.accountId === record.accountId).length;
      await h.client.practiceCreate(record).catch((error: unknown) => {
        throw Object.assign(error as Error, { copies });
      });
      return { copies };
    },
  },
  { method: 'PracticeGet', write: false, run: async () => (await h.client.practiceGet(accountId), {}) },
  { method: 'PracticeList', write: false, run: async () => (await h.client.practiceList(), {}) },
  {
    method: 'PracticeUpdate',
    write: true,
    run: async () => (
      await h.client.practiceUpdate(practice({ accountId, name: 'Sunrise Family Medicine' })),
      {}
    ),
  },
  {
    method: 'LocationsSync',
    write: true,
    run: async () => {
      const loc = newLocation();
      const copies = async () => (await state()).locations.filter((l) => l.code === loc.code).length;
      await h.client.locationsSync(accountId, [loc]).catch((error: unknown) => {
        throw Object.assign(error as Error, { copies });
      });
      return { copies };
    },
  },
  {
    method: 'PracticeLocationsRetrieve',
    write: false,
    run: async () => (await h.client.practiceLocationsRetrieve(accountId, { activeOnly: true }), {}),
  },
  {
    method: 'UserSave',
    write: true,
    run: async () => {
      const u = user();
      const copies = async () => (await state()).users.filter((x) => x.userId === u.userId).length;
      await h.client.userSave(accountId, u).catch((error: unknown) => {
        throw Object.assign(error as Error, { copies });
      });
      return { copies };
    },
  },
  {
    method: 'PracticeSave',
    write: true,
    run: async () => (await h.client.practiceSave(practice({ accountId, name: 'Sunrise Pediatrics' })), {}),
  },
  { method: 'UserGet', write: false, run: async () => (await h.client.userGet(accountId, userId), {}) },
  { method: 'UserList', write: false, run: async () => (await h.client.userList(accountId), {}) },
  {
    method: 'SmsSendNumberRequest',
    write: true,
    run: async () => {
      // A new location each time (the fault applies to the request only), so every cell asks for a first number.
      const loc = newLocation();
      await h.client.locationsSync(accountId, [loc]);
      const all = await h.client.practiceLocationsRetrieve(accountId, { activeOnly: true });
      const target = all.find((l) => l.code === loc.code)?.updoxId ?? 0;
      const copies = async () =>
        (await state()).numbers.filter((n) => n.accountId === accountId && n.locationId === target).length;
      await h.client.smsSendNumberRequest(accountId, target).catch((error: unknown) => {
        throw Object.assign(error as Error, { copies });
      });
      return { copies };
    },
  },
  {
    method: 'SmsSendNumberList',
    write: false,
    run: async () => (await h.client.smsSendNumberList(accountId), {}),
  },
  {
    method: 'SmsSend',
    write: true,
    run: async () => {
      const before = (await state()).smsSentCount;
      const copies = async () => (await state()).smsSentCount - before;
      await h.client
        .smsSend(accountId, { to: '6145550123', message: 'Reminder', locationId })
        .catch((error: unknown) => {
          throw Object.assign(error as Error, { copies });
        });
      return { copies };
    },
  },
];

/** Client timeout 150 ms; a fault that outlasts it is a timeout. */
const faults: { name: string; rule: Record<string, unknown> }[] = [
  { name: 'timeout', rule: { kind: 'latency', latencyMs: 300 } },
  { name: 'HTTP 500', rule: { kind: 'http5xx', status: 500 } },
  { name: 'dropped before', rule: { kind: 'drop' } },
  { name: 'dropped after', rule: { kind: 'drop', afterHandling: true } },
  { name: 'malformed before', rule: { kind: 'malformed' } },
  { name: 'malformed after', rule: { kind: 'malformed', afterHandling: true } },
  { name: 'slow body', rule: { kind: 'slowBody', latencyMs: 300 } },
  { name: 'unknown code', rule: { kind: 'unknownCode' } },
];

interface Cell {
  method: string;
  fault: string;
  outcome: string;
  attempts: number;
  duplicated: string;
}
const cells: Cell[] = [];

const words = (error: unknown): string => {
  if (error instanceof UpdoxError) return error.message;
  return error instanceof Error ? error.message : String(error);
};

describe('fault matrix', () => {
  it.each(methods)(
    '$method under every fault',
    async (m) => {
      const client = h.clientWith({ timeoutMs: 150 });
      for (const fault of faults) {
        h.traces.length = 0;
        await h.control('faults', { rules: [{ method: m.method, ...fault.rule }] });
        let outcome: string;
        let copies: (() => Promise<number>) | undefined;
        const saved = h.client;
        (h as { client: typeof client }).client = client;
        try {
          const done = await m.run();
          copies = done.copies;
          outcome = 'done';
        } catch (error) {
          copies = (error as { copies?: () => Promise<number> }).copies;
          outcome = words(error);
        } finally {
          (h as { client: typeof client }).client = saved;
          await h.control('faults', { rules: [] });
        }
        // Let any request the client gave up on finish inside the sandbox before counting copies.
        await new Promise((resolve) =>
          setTimeout(resolve, fault.name === 'timeout' || fault.name === 'slow body' ? 350 : 10),
        );
        const attempts = tracesFor(h.traces, m.method).length;
        const count = copies ? await copies() : undefined;
        const duplicated =
          count === undefined
            ? m.write
              ? 'n/a (upsert)'
              : 'n/a (read)'
            : count > 1
              ? `YES (${count})`
              : 'no';
        cells.push({ method: m.method, fault: fault.name, outcome, attempts, duplicated });

        // What must hold in every cell: nothing duplicated, a write never repeated blind, words a person can read.
        expect(duplicated.startsWith('YES'), `${m.method} / ${fault.name}`).toBe(false);
        // SmsSend is never repeated; PracticeCreate only after PracticeGet found no account; upserts (PracticeUpdate,
        // LocationsSync, UserSave) may be repeated because a repeat changes nothing.
        if (m.method === 'SmsSend') expect(attempts, `${m.method} / ${fault.name}`).toBe(1);
        if (m.method === 'PracticeCreate') expect(attempts).toBeLessThanOrEqual(2);
        expect(outcome).not.toMatch(/undefined|\[object|at .*\.ts:/);
        if (m.method === 'SmsSend' && fault.name !== 'unknown code' && fault.name !== 'HTTP 500') {
          expect(outcome, fault.name).toMatch(/cannot tell whether the text was sent|was not sent/);
        }
        if (m.method === 'SmsSend' && fault.name === 'malformed after')
          expect(outcome).toMatch(/cannot tell whether/);
        if (m.method === 'PracticeCreate' && fault.name.endsWith('after')) expect(outcome).toBe('done');
      }
    },
    120_000,
  );

  afterAll(async () => {
    const rows = cells.map(
      (c) =>
        `| ${c.method} | ${c.fault} | ${c.outcome.replace(/\|/g, '/')} | ${c.attempts} | ${c.duplicated} |`,
    );
    const table = [
      '| Method | Fault | What the person reads | Attempts | Duplicated |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
    console.log(`\nFault matrix (${cells.length} cells)\n${table}`);
    await fs.mkdir('test-results', { recursive: true });
    await fs.writeFile(path.join('test-results', 'fault-matrix.md'), `${table}\n`);
  });
});
