import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CopyResult,
  DraftView,
  SubmissionView,
  WizardDraftData,
} from '../../../src/shared/contract/onboarding';
import { AppError, type Result } from '../../../src/shared/errors';
import type { UpdoxClient } from '../../../src/main/updox/client';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index';
import { sandboxState } from '../../support/sandbox-api';
import { openApp } from './restartable-app';
import { GOOD_PASSWORD, validDraft } from './wizard-fixtures';

/**
 * The wall between environments, as a property: random sequences of switching, drafting, editing, submitting
 * offline, going online, replaying, retrying, discarding and copying to another environment, against the real
 * services, whose Updox gateway records every call (and fails the calls of an environment set offline). Every
 * recorded call went to the environment of the item that caused it; every sandbox holds only its own practices;
 * no item was lost.
 */

const ENVS = ['env-a', 'env-b', 'production'] as const;
type Env = (typeof ENVS)[number];

interface Recorded {
  environmentId: string;
  method: string;
  accountId: string | undefined;
}

const WRITE = /create|update|save|sync|send|request|deactivate|delete/i;

const accountIdOf = (args: unknown[]): string | undefined => {
  const [first] = args;
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object' && 'accountId' in first && typeof first.accountId === 'string')
    return first.accountId;
  return undefined;
};

type Action =
  | { t: 'switch'; env: number }
  | { t: 'start' }
  | { t: 'edit'; pick: number }
  | { t: 'offline'; env: number }
  | { t: 'online'; env: number }
  | { t: 'submit'; pick: number }
  | { t: 'elsewhere'; pick: number }
  | { t: 'replay' }
  | { t: 'retry'; pick: number }
  | { t: 'discard'; pick: number }
  | { t: 'copy'; pick: number; env: number };

const env = fc.nat({ max: ENVS.length - 1 });
const pick = fc.nat({ max: 20 });
const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
const action: fc.Arbitrary<Action> = fc.oneof(
  w(4, fc.record({ t: fc.constant('switch' as const), env })),
  w(4, fc.record({ t: fc.constant('start' as const) })),
  w(2, fc.record({ t: fc.constant('edit' as const), pick })),
  // env = ENVS.length: the active environment goes offline (submits there then queue).
  w(3, fc.record({ t: fc.constant('offline' as const), env: fc.nat({ max: ENVS.length }) })),
  w(2, fc.record({ t: fc.constant('online' as const), env })),
  w(5, fc.record({ t: fc.constant('submit' as const), pick })),
  w(2, fc.record({ t: fc.constant('elsewhere' as const), pick })),
  w(3, fc.record({ t: fc.constant('replay' as const) })),
  w(2, fc.record({ t: fc.constant('retry' as const), pick })),
  w(1, fc.record({ t: fc.constant('discard' as const), pick })),
  w(2, fc.record({ t: fc.constant('copy' as const), pick, env })),
);

/**
 * Every run starts with this (so each covers a sync, a copy, a queued item replayed from another environment and
 * the refusals), then goes on at random.
 */
const prelude: Action[] = [
  { t: 'start' },
  { t: 'submit', pick: 0 },
  { t: 'copy', pick: 0, env: 1 },
  { t: 'offline', env: ENVS.length },
  { t: 'start' },
  { t: 'submit', pick: 1 },
  { t: 'switch', env: 1 },
  { t: 'elsewhere', pick: 0 },
  { t: 'online', env: 0 },
  { t: 'replay' },
];

let sandboxes: Record<Env, RunningSandbox>;
let root: string;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'desk-walls-'));
  const start = () => startSandbox({ port: 0, log: () => undefined });
  sandboxes = { 'env-a': await start(), 'env-b': await start(), production: await start() };
});
afterAll(async () => {
  await Promise.all(Object.values(sandboxes).map((s) => s.close()));
  await fs.rm(root, { recursive: true, force: true });
});

const accountsIn = async (e: Env): Promise<string[]> => {
  const state = (await sandboxState(sandboxes[e].origin)) as { accounts?: { accountId: string }[] };
  return (state.accounts ?? []).map((a) => a.accountId);
};

let runNo = 0;
/** What the runs covered (so a run of only no-ops cannot pass unnoticed). */
const covered = { replayedElsewhere: 0, synced: 0, refused: 0, copied: 0 };

const run = async (actions: Action[]) => {
  runNo += 1;
  const dataDir = await fs.mkdtemp(path.join(root, `run${runNo}-`));
  const app = await openApp(dataDir);
  const { services } = app;
  services.settings.update((cur) => ({
    ...cur,
    activeEnvironmentId: 'env-a',
    environments: [
      ...cur.environments.map((e) =>
        e.id === 'production' ? { ...e, apiBase: sandboxes.production.apiBase } : e,
      ),
      { id: 'env-a', kind: 'custom' as const, name: 'A', apiBase: sandboxes['env-a'].apiBase },
      { id: 'env-b', kind: 'custom' as const, name: 'B', apiBase: sandboxes['env-b'].apiBase },
    ],
  }));
  for (const e of ENVS) await services.vault.set(e, sandboxes[e].credentials, { acceptWeakStorage: true });

  // The recorder: every client the services ask for records its calls; an offline environment fails them.
  const recorded: Recorded[] = [];
  const offline = new Set<string>();
  const real = services.updox.session.bind(services.updox);
  services.updox.session = async (environmentId: string) => {
    const session = await real(environmentId);
    const client = new Proxy(session.client, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function' || typeof key !== 'string') return value;
        return async (...args: unknown[]) => {
          recorded.push({ environmentId: session.environment.id, method: key, accountId: accountIdOf(args) });
          if (offline.has(session.environment.id))
            throw new AppError({ kind: 'network', message: 'Updox could not be reached (test).' });
          return (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        };
      },
    }) as UpdoxClient;
    return { ...session, client };
  };

  /** Which environment may be written for an account ID (the one whose draft holds it). */
  const owner = new Map<string, Env>();
  /** Where an account ID may be read: its owner, and a copy's target (checked before sending). */
  const readable = new Map<string, Set<Env>>();
  const allowRead = (accountId: string, e: Env) =>
    readable.set(accountId, new Set([...(readable.get(accountId) ?? []), e]));
  const drafts = new Map<string, { env: Env; accountId: string }>();
  const discarded = new Set<string>();
  let active: Env = 'env-a';
  let counter = 0;
  const tag = `r${runNo}`;

  const ok = <T>(r: Result<T>, what: string): T => {
    if (!r.ok) throw new Error(`${what}: ${r.error.message}`);
    return r.data;
  };
  const refusedAsOtherEnvironment = (r: Result<unknown>) => {
    covered.refused += 1;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe('conflict');
  };
  const draftsOf = (e: Env) => [...drafts].filter(([id, d]) => d.env === e && !discarded.has(id));
  const pickOf = <T>(list: T[], n: number): T | undefined => list[n % Math.max(1, list.length)];
  const newAccountId = (e: Env) => {
    counter += 1;
    const accountId = `${tag}-${counter}`;
    owner.set(accountId, e);
    allowRead(accountId, e);
    return accountId;
  };
  const submit = async (id: string) => {
    const before = recorded.length;
    const first = await app.call<SubmissionView>('onboarding.submit', { id });
    if (active === 'production') expect(first.ok).toBe(false);
    if (first.ok || !first.error.fields?.confirmProduction) return first;
    // Refused before anything was sent; confirmed, it goes (and its replays are not asked again).
    expect(recorded.length).toBe(before);
    return app.call<SubmissionView>('onboarding.submit', { id, confirmProduction: true });
  };

  try {
    for (const a of actions) {
      switch (a.t) {
        case 'switch':
          active = ENVS[a.env]!;
          if (active === 'production') {
            // Switching to Production is confirmed first; a switch back is not asked.
            const refused = await app.call('environments.select', { id: active });
            const already = services.settings.get().activeEnvironmentId === 'production';
            if (!already) expect(refused.ok).toBe(false);
          }
          ok(await app.call('environments.select', { id: active, confirmProduction: true }), 'switch');
          break;
        case 'start': {
          const id = `d-${tag}-${counter + 1}`;
          const accountId = newAccountId(active);
          const data = validDraft(accountId);
          ok(
            await app.call('onboarding.saveDraft', {
              id,
              kind: 'create',
              data,
              passwords: { u1: GOOD_PASSWORD },
            }),
            'start',
          );
          drafts.set(id, { env: active, accountId });
          break;
        }
        case 'edit': {
          const mine = (await accountsIn(active)).filter((id) => owner.get(id) === active);
          const accountId = pickOf(mine, a.pick);
          if (accountId === undefined || offline.has(active)) break;
          const opened = ok(
            await app.call<{ draftId: string }>('onboarding.openEdit', { accountId }),
            'openEdit',
          );
          const draft = ok(await app.call<DraftView>('onboarding.getDraft', { id: opened.draftId }), 'get');
          expect(draft.environmentId).toBe(active);
          const data: WizardDraftData = {
            ...draft.data,
            practice: { ...draft.data.practice, city: 'Columbus' },
          };
          ok(
            await app.call('onboarding.saveDraft', {
              id: draft.id,
              kind: 'update',
              accountId,
              environmentId: active,
              data,
            }),
            'save edit',
          );
          drafts.set(draft.id, { env: active, accountId });
          break;
        }
        case 'offline':
          offline.add(ENVS[a.env] ?? active);
          break;
        case 'online':
          offline.delete(ENVS[a.env]!);
          break;
        case 'submit': {
          const found = pickOf(draftsOf(active), a.pick);
          if (found) await submit(found[0]);
          break;
        }
        case 'elsewhere': {
          // Nothing of another environment can be resumed, reviewed, sent or retried from here.
          const others = [...drafts].filter(
            ([id, d]) => d.env !== active && services.onboarding.drafts.environmentOf(id) !== undefined,
          );
          const found = pickOf(others, a.pick);
          if (!found) break;
          const before = recorded.length;
          refusedAsOtherEnvironment(await app.call('onboarding.getDraft', { id: found[0] }));
          for (const name of ['onboarding.review', 'onboarding.submit', 'onboarding.convertToUpdate']) {
            refusedAsOtherEnvironment(await app.call(name, { id: found[0], confirmProduction: true }));
          }
          const item = services.onboarding.submission(found[0]);
          if (item && item.state !== 'synced')
            refusedAsOtherEnvironment(
              await app.call('onboarding.retryOutbox', { id: item.item.id, confirmProduction: true }),
            );
          expect(recorded.length).toBe(before);
          break;
        }
        case 'replay': {
          const waiting = services.onboarding
            .listAllOutbox()
            .filter((i) => i.status === 'queued' && i.environmentId !== active);
          if (waiting.length > 0) covered.replayedElsewhere += 1;
          await services.onboarding.replayOutbox();
          break;
        }
        case 'retry': {
          const items = services.onboarding.listOutbox().filter((i) => i.status !== 'done');
          const item = pickOf(items, a.pick);
          if (item) await app.call('onboarding.retryOutbox', { id: item.id, confirmProduction: true });
          break;
        }
        case 'discard': {
          const found = pickOf(draftsOf(active), a.pick);
          if (!found) break;
          const item = services.onboarding.submission(found[0]);
          if (item && item.state !== 'synced') {
            ok(await app.call('onboarding.discardOutbox', { id: item.item.id }), 'discard outbox');
          }
          const r = await app.call('onboarding.deleteDraft', { id: found[0] });
          if (r.ok) discarded.add(found[0]);
          break;
        }
        case 'copy': {
          const target = ENVS[a.env]!;
          const mine = (await accountsIn(active)).filter((id) => owner.get(id) === active);
          const accountId = pickOf(mine, a.pick);
          if (accountId === undefined || target === active || offline.has(active)) break;
          allowRead(accountId, target);
          const copy = ok(
            await app.call<CopyResult>('onboarding.copyToEnvironment', {
              accountId,
              targetEnvironmentId: target,
            }),
            'copy',
          );
          expect(copy.environmentId).toBe(target);
          covered.copied += 1;
          // The person gives the copy its own account ID there (the source's is taken or is another practice).
          const stored = await services.onboarding.drafts.get(copy.draftId);
          const copyId = newAccountId(target);
          const data = { ...stored.data, practice: { ...stored.data.practice, accountId: copyId } };
          const passwords = Object.fromEntries(data.users.map((u) => [u.key, GOOD_PASSWORD]));
          ok(
            await app.call('onboarding.saveDraft', {
              id: copy.draftId,
              kind: 'create',
              environmentId: target,
              data,
              passwords,
            }),
            'fix copy',
          );
          drafts.set(copy.draftId, { env: target, accountId: copyId });
          break;
        }
      }
    }
    // Everything online, one last replay of every environment's queue.
    offline.clear();
    await services.onboarding.replayOutbox();

    // 1. Every recorded call went to the environment of the item that caused it.
    for (const call of recorded) {
      if (WRITE.test(call.method)) {
        expect(call.accountId, call.method).toBeDefined();
        expect(call.environmentId, `${call.method} ${call.accountId ?? ''}`).toBe(owner.get(call.accountId!));
      } else if (call.accountId !== undefined && call.accountId.startsWith(`${tag}-`)) {
        expect([...(readable.get(call.accountId) ?? [])]).toContain(call.environmentId);
      }
    }
    // 2. Each environment's sandbox holds only practices of its own items.
    for (const e of ENVS) {
      for (const accountId of (await accountsIn(e)).filter((id) => id.startsWith(`${tag}-`)))
        expect(owner.get(accountId), `${accountId} in ${e}`).toBe(e);
    }
    // 3. No item lost: every draft not discarded is still a draft (in its own environment) or was sent.
    const stored = new Map(services.onboarding.drafts.list().map((d) => [d.id, d]));
    for (const [id, d] of drafts) {
      if (discarded.has(id)) continue;
      const listed = stored.get(id);
      if (listed) {
        expect(listed.environmentId).toBe(d.env);
        continue;
      }
      const sent = services.onboarding.submission(id);
      expect(sent?.state, `draft ${id}`).toBe('synced');
      covered.synced += 1;
      expect(sent?.item.environmentId).toBe(d.env);
      expect(await accountsIn(d.env)).toContain(d.accountId);
    }
  } finally {
    await app.stop();
  }
};

describe('environments are walls', () => {
  it('every Updox call goes to the environment of the item that caused it, and no item is lost', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { maxLength: 30 }), (actions) => run([...prelude, ...actions])),
      { numRuns: 25, endOnFailure: true },
    );
    expect(covered.replayedElsewhere).toBeGreaterThan(0);
    expect(covered.synced).toBeGreaterThan(0);
    expect(covered.refused).toBeGreaterThan(0);
    expect(covered.copied).toBeGreaterThan(0);
  }, 300_000);
});
