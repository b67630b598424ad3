import type { AppErrorData } from '../../../shared/errors';
import type { UpdoxClient } from '../../updox/client';
import type { ConnectionMonitor } from '../connection/connection-monitor';
import type { ItemProgress } from '../onboarding/submission-progress';
import { payloadFromRecord } from '../onboarding/submission-payload';
import { runSubmission, type SubmissionDeps, type SubmissionItem } from '../onboarding/submission-runner';
import type { BatchRowState } from './batch-journal';
import type { OpenBatch } from './batch-store';

/**
 * A batch row sent by the wizard's own submission runner (`runSubmission`: reconcile with PracticeGet, practice,
 * LocationsSync, users, each step journaled the moment it is done). The runner's outbox item is the row: its
 * journal is the batch journal, its passwords the batch's sealed ones, its id the row index.
 */
const indexOf = (id: string) => Number(id);

const itemOf = (batch: OpenBatch, id: string): SubmissionItem => {
  const index = indexOf(id);
  const state = batch.data.rows[index];
  const checked = batch.check(index);
  if (!state || !checked.ok || !checked.record) throw new Error(`Row ${id} cannot be sent.`);
  return {
    id,
    seq: index + 1,
    status: state.send.status,
    attempts: state.send.attempts,
    lastError: state.send.lastError,
    completedSteps: [...state.send.completedSteps],
    createdAt: batch.data.createdAt,
    updatedAt: batch.data.updatedAt,
    payload: payloadFromRecord(checked.record, {
      draftId: id,
      environmentId: batch.data.environmentId,
      mode: batch.data.mode,
    }),
  };
};

export interface RowSendDeps {
  client: UpdoxClient;
  connection: ConnectionMonitor;
  isActive: (environmentId: string) => boolean;
}

export const submissionDepsFor = (batch: OpenBatch, deps: RowSendDeps): SubmissionDeps => ({
  outbox: {
    get: (id) => itemOf(batch, id),
    async update(id, patch) {
      await batch.change({ k: 'send', i: indexOf(id), patch });
      return itemOf(batch, id);
    },
    async completeStep(id, step) {
      const steps = batch.data.rows[indexOf(id)]?.send.completedSteps ?? [];
      if (!steps.includes(step))
        await batch.change({ k: 'send', i: indexOf(id), patch: { completedSteps: [...steps, step] } });
      return itemOf(batch, id);
    },
  },
  progress: {
    savedKeys(id, step) {
      const rows = batch.data.rows[indexOf(id)]?.progress[step] ?? [];
      return new Map(rows.filter((r) => r.success).map((r) => [r.key, r.fingerprint]));
    },
    async record(id, step, rows): Promise<ItemProgress> {
      await batch.change({ k: 'progress', i: indexOf(id), step, rows: [...rows] });
      return structuredClone(batch.data.rows[indexOf(id)]!.progress);
    },
  },
  passwords: batch.passwords,
  client: () => Promise.resolve(deps.client),
  // Production was confirmed for the whole batch when it was started.
  holdReason: () => null,
  isActive: deps.isActive,
  connection: deps.connection,
  onDone: () => Promise.resolve(),
  async onPracticeFound(item, existed) {
    // Only create or update tells created from updated by it.
    if (batch.data.mode === 'save' && batch.data.rows[indexOf(item.id)]?.existed === null)
      await batch.change({ k: 'found', i: indexOf(item.id), existed });
  },
});

/** How one attempt at a row ended. */
export type RowAttempt =
  | { kind: 'created' | 'updated' | 'skipped' | 'failed'; error: AppErrorData | null }
  | { kind: 'transient'; error: AppErrorData };

/** What Updox already holds in create-only mode: skipped, nothing sent (never a failure). */
const skippedError = (state: BatchRowState): AppErrorData => ({
  kind: 'conflict',
  code: 4130,
  message: `Updox already holds account ${state.row.practice.accountId.trim()}. Create only: it was skipped and nothing was sent.`,
});

/** Sends one row once through the submission runner and says how it ended (journaled by the runner as it went). */
export const sendRowOnce = async (
  batch: OpenBatch,
  index: number,
  deps: SubmissionDeps,
): Promise<RowAttempt> => {
  const item = await runSubmission(deps, String(index));
  const state = batch.data.rows[index]!;
  if (item.status === 'done') {
    const updated = batch.data.mode === 'save' && state.existed === true;
    return { kind: updated ? 'updated' : 'created', error: null };
  }
  if (item.status === 'queued') {
    return {
      kind: 'transient',
      error: item.lastError ?? { kind: 'network', message: 'Updox could not be reached.' },
    };
  }
  const error = item.lastError ?? { kind: 'internal' as const, message: 'The row was not sent.' };
  const exists = error.code === 4130 && item.completedSteps.length === 0;
  if (batch.data.mode === 'create' && exists) return { kind: 'skipped', error: skippedError(state) };
  return { kind: 'failed', error };
};
