import { expect } from 'vitest';
import type { BatchPracticeRow, BatchSummary } from '../../../src/shared/contract/batch';
import type { Result } from '../../../src/shared/errors';
import { sandboxState } from '../../support/sandbox-api';
import { eventually, type OpenApp } from '../onboarding/restartable-app';

export const ok = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`Refused: ${result.error.message}`);
  return result.data;
};

export const refusal = <T>(result: Result<T>) => {
  if (result.ok) throw new Error('Expected a refusal.');
  return result.error;
};

export const createBatch = async (
  app: OpenApp,
  rows: BatchPracticeRow[],
  mode: 'create' | 'save' = 'create',
) => ok(await app.call<BatchSummary>('batch.create', { mode, files: ['practices.csv'], rows }));

export const summaryOf = async (app: OpenApp, batchId: string) =>
  ok(await app.call<{ summary: BatchSummary }>('batch.rows', { batchId, limit: 1 })).summary;

/** Waits until the batch is no longer running (and no row is in flight), answers its summary. */
export const settled = async (app: OpenApp, batchId: string, timeoutMs = 20_000) => {
  let last: BatchSummary | undefined;
  await eventually(async () => {
    last = await summaryOf(app, batchId);
    return last.state !== 'running' && last.counts.sending === 0;
  }, timeoutMs);
  return last!;
};

type SandboxAccounts = {
  accounts: { accountId: string; name: string }[];
  locations: { accountId: string; code: string }[];
  users: { accountId: string; userId: string }[];
};

/** The sandbox's accounts, locations and users whose account ID starts with `prefix`. */
export const heldWith = async (app: OpenApp, prefix: string) => {
  const state = (await sandboxState(app.sandboxOrigin)) as unknown as SandboxAccounts;
  const mine = <T extends { accountId: string }>(list: T[]) =>
    list.filter((x) => x.accountId.startsWith(prefix));
  return { accounts: mine(state.accounts), locations: mine(state.locations), users: mine(state.users) };
};

/** Every account of `ids` is in the sandbox exactly once. */
export const expectEachOnce = async (app: OpenApp, prefix: string, ids: readonly string[]) => {
  const held = await heldWith(app, prefix);
  expect(held.accounts.map((a) => a.accountId).sort()).toEqual([...ids].sort());
};
