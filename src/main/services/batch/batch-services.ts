import type { CallInputOf, CallOutputOf } from '../../../shared/contract/call-types';
import { BATCH_CONCURRENCY_DEFAULT, type BatchPracticeRow } from '../../../shared/contract/batch';
import { AppError } from '../../../shared/errors';
import type { CoreServices } from '../core-services';
import { createBatchRunner, type RetryPolicy } from './batch-runner';
import { openBatchStore, type OpenBatch } from './batch-store';
import { preflightBatch } from './batch-preflight';
import { resultsCsv } from './batch-results-csv';
import { readinessRowsFromCsv, sendAnyRow } from './batch-readiness';
import { isSendable, isSettled, outcomeOf, rowMatches, rowView, summaryOf } from './batch-views';
import { countOf } from '../../../shared/words';

export interface BatchOptions {
  /** How often a running batch's progress is announced, at most. Default 250 ms. */
  progressEveryMs?: number;
  retry?: RetryPolicy;
  /** On close, how long rows in flight may take to finish. Default 3 s. */
  closeGraceMs?: number;
}

type Out<M extends keyof CallOutputMap> = CallOutputMap[M];
type CallOutputMap = { [M in BatchCall]: CallOutputOf<'batch', M> };
type BatchCall =
  | 'create'
  | 'list'
  | 'rows'
  | 'getRow'
  | 'saveRow'
  | 'exclude'
  | 'setMode'
  | 'preflight'
  | 'start'
  | 'pause'
  | 'cancel'
  | 'exportResults'
  | 'importReadiness'
  | 'discard';
type In<M extends BatchCall> = CallInputOf<'batch', M>;

/**
 * Bulk onboarding's batches (issue 12): kept per environment in `<dataDir>/batches/`, checked with the wizard's
 * rules, sent with bounded concurrency by the wizard's submission runner. See docs/bulk.md.
 */
export const createBatchServices = async (core: CoreServices, options: BatchOptions = {}) => {
  const store = await openBatchStore(core.platform.dataDir, core.platform.secrets);
  const announceEvery = options.progressEveryMs ?? 250;
  const timers = new Map<string, NodeJS.Timeout>();

  const emit = (batch: OpenBatch) => {
    const { id, environmentId } = batch.data;
    core.events.emit('batch', { environmentId, batchId: id, summary: summaryOf(batch, runner.etaOf(id)) });
  };
  /** The batch event: at once on a change of state, else at most once per `announceEvery` while it runs. */
  const changed = (batch: OpenBatch, now: boolean) => {
    const id = batch.data.id;
    if (now) {
      clearTimeout(timers.get(id));
      timers.delete(id);
      emit(batch);
      return;
    }
    if (timers.has(id)) return;
    const timer = setTimeout(() => {
      timers.delete(id);
      emit(batch);
    }, announceEvery);
    timer.unref();
    timers.set(id, timer);
  };

  const runner = createBatchRunner({
    changed,
    sendRow: sendAnyRow,
    ...(options.retry ? { retry: options.retry } : {}),
    async sendDeps(batch) {
      const environmentId = batch.data.environmentId;
      const { client } = await core.updox.session(environmentId);
      return {
        client,
        connection: core.connection,
        isActive: (id) => core.updox.activeEnvironment().id === id,
      };
    },
  });

  /** A batch of the active environment; one of another is refused, naming both (the wall). */
  const own = async (batchId: string) => {
    const batch = await store.get(batchId);
    core.updox.assertActive(batch.data.environmentId, 'batch');
    return batch;
  };
  const rowOf = (batch: OpenBatch, index: number) => {
    const state = batch.data.rows[index];
    if (!state)
      throw new AppError({
        kind: 'validation',
        message: `Row ${index} is not in this batch (it has ${countOf(batch.data.rows.length, 'row')}).`,
        fields: { index: `Choose a row from 0 to ${batch.data.rows.length - 1}.` },
      });
    return state;
  };
  const notRunning = (batch: OpenBatch, what: string) => {
    if (batch.data.state === 'running')
      throw new AppError({
        kind: 'conflict',
        message: `The batch is being sent, so ${what}. Pause it first.`,
      });
  };
  const summary = (batch: OpenBatch) => summaryOf(batch, runner.etaOf(batch.data.id));

  return {
    async create(input: In<'create'>): Promise<Out<'create'>> {
      const environment = core.updox.activeEnvironment();
      const batch = await store.create({
        environmentId: environment.id,
        files: input.files,
        mode: input.mode,
        concurrency: BATCH_CONCURRENCY_DEFAULT,
        rows: input.rows,
      });
      changed(batch, true);
      return summary(batch);
    },
    /** The filled readiness file as a batch of the active environment (rows with gaps left are shown, not sent). */
    async importReadiness({ fileName, csv }: In<'importReadiness'>): Promise<Out<'importReadiness'>> {
      const environment = core.updox.activeEnvironment();
      const { fields, rows } = readinessRowsFromCsv(csv);
      const batch = await store.create({
        environmentId: environment.id,
        kind: 'readiness',
        fields,
        files: [fileName],
        mode: 'save',
        concurrency: 4,
        rows,
      });
      changed(batch, true);
      return summary(batch);
    },
    async list(): Promise<Out<'list'>> {
      const active = core.updox.activeEnvironment().id;
      const all = await store.all();
      const batches = all
        .filter((b) => b.data.environmentId === active)
        .sort((a, b) => b.data.createdAt.localeCompare(a.data.createdAt));
      const counts = new Map<string, number>();
      for (const b of all)
        if (b.data.environmentId !== active)
          counts.set(b.data.environmentId, (counts.get(b.data.environmentId) ?? 0) + 1);
      const { environments } = core.settings.get();
      const elsewhere = [...counts].map(([environmentId, n]) => ({
        environmentId,
        environmentName: environments.find((e) => e.id === environmentId)?.name ?? '',
        batches: n,
      }));
      return { batches: batches.map(summary), elsewhere };
    },
    async rows({ batchId, show, offset, limit }: In<'rows'>): Promise<Out<'rows'>> {
      const batch = await own(batchId);
      const matching = batch.data.rows.flatMap((_, i) => (rowMatches(batch, i, show) ? [i] : []));
      return {
        summary: summary(batch),
        total: matching.length,
        rows: matching.slice(offset, offset + limit).map((i) => rowView(batch, i)),
      };
    },
    async getRow({ batchId, index }: In<'getRow'>): Promise<Out<'getRow'>> {
      const batch = await own(batchId);
      const state = rowOf(batch, index);
      return { row: state.row, view: rowView(batch, index), passwordsSaved: batch.passwords.keys(index) };
    },
    async saveRow({ batchId, index, row }: In<'saveRow'>): Promise<Out<'saveRow'>> {
      const batch = await own(batchId);
      const state = rowOf(batch, index);
      notRunning(batch, 'its rows cannot be changed');
      if (outcomeOf(batch, index) === 'sending')
        throw new AppError({
          kind: 'conflict',
          message: `Line ${state.row.line} is being sent right now. Wait for its result, then change it.`,
        });
      if (isSettled(state.outcome))
        throw new AppError({
          kind: 'conflict',
          message: `Line ${state.row.line} was already sent (${state.outcome}), so it cannot be changed here. Open the account to edit it.`,
        });
      const passwords = new Map<string, string>();
      const users = row.users.map(({ password, ...user }) => {
        if (password !== undefined) passwords.set(user.key, password);
        return user;
      });
      const stored: BatchPracticeRow = { ...row, line: state.row.line, users };
      await batch.passwords.set(index, passwords);
      const changes: Parameters<OpenBatch['change']> = [{ k: 'edit', i: index, row: stored }];
      // A failed row, fixed: sent again on the next start (steps already done are not).
      if (state.outcome === 'failed')
        changes.push({ k: 'outcome', i: index, outcome: 'pending', error: null });
      await batch.change(...changes);
      batch.recheck([index]);
      changed(batch, true);
      return { summary: summary(batch), view: rowView(batch, index) };
    },
    async exclude({ batchId, indexes, excluded }: In<'exclude'>): Promise<Out<'exclude'>> {
      const batch = await own(batchId);
      notRunning(batch, 'rows cannot be left out or taken back');
      for (const index of indexes) {
        const state = rowOf(batch, index);
        if (excluded && isSettled(state.outcome))
          throw new AppError({
            kind: 'conflict',
            message: `Line ${state.row.line} was already sent (${state.outcome}), so it cannot be left out. Nothing was changed.`,
            fields: { indexes: `Line ${state.row.line} was already sent.` },
          });
      }
      await batch.change({ k: 'exclude', indexes: [...new Set(indexes)], excluded });
      changed(batch, true);
      return summary(batch);
    },
    async setMode({ batchId, mode }: In<'setMode'>): Promise<Out<'setMode'>> {
      const batch = await own(batchId);
      if (batch.data.state !== 'draft')
        throw new AppError({
          kind: 'conflict',
          message:
            'Sending has begun, so the mode can no longer change. Discard the batch and import it again to send it another way.',
          fields: { mode: 'Only before sending.' },
        });
      if (batch.data.mode !== mode) await batch.change({ k: 'mode', mode });
      changed(batch, true);
      return summary(batch);
    },
    async preflight({ batchId }: In<'preflight'>): Promise<Out<'preflight'>> {
      const batch = await own(batchId);
      const { client } = await core.updox.session(batch.data.environmentId);
      return preflightBatch(batch, client, batch.data.concurrency);
    },
    async start({ batchId, concurrency, confirmProduction }: In<'start'>): Promise<Out<'start'>> {
      const batch = await own(batchId);
      const count = batch.data.rows.filter((_, i) => isSendable(batch, i)).length;
      if (count === 0 && !runner.isRunning(batchId))
        throw new AppError({
          kind: 'validation',
          message:
            'Nothing to send: every row is sent, left out or has problems. Fix or take back rows to send them.',
        });
      core.updox.guardWrite(
        batch.data.environmentId,
        confirmProduction,
        `batch of ${countOf(count, 'practice')}`,
      );
      await runner.start(batch, concurrency);
      return summary(batch);
    },
    async pause({ batchId }: In<'pause'>): Promise<Out<'pause'>> {
      const batch = await own(batchId);
      if (batch.data.state === 'running') await runner.stop(batch, 'paused');
      return summary(batch);
    },
    async cancel({ batchId }: In<'cancel'>): Promise<Out<'cancel'>> {
      const batch = await own(batchId);
      if (batch.data.state !== 'finished' && batch.data.state !== 'cancelled')
        await runner.stop(batch, 'cancelled');
      return summary(batch);
    },
    async exportResults({ batchId }: In<'exportResults'>): Promise<Out<'exportResults'>> {
      const batch = await own(batchId);
      const day = new Date().toISOString().slice(0, 10);
      return { fileName: `batch-results-${day}-${batch.data.id}.csv`, ...resultsCsv(batch) };
    },
    async discard({ batchId }: In<'discard'>): Promise<Out<'discard'>> {
      const batch = await own(batchId);
      notRunning(batch, 'it cannot be discarded');
      await runner.whenIdle(batchId);
      await store.remove(batchId);
      core.events.emit('batch', { environmentId: batch.data.environmentId, batchId, summary: null });
      return { ok: true };
    },
    /** Waits until the rows of a paused or cancelled batch still in flight have finished (tests, close). */
    whenIdle: (batchId: string) => runner.whenIdle(batchId),
    async close(): Promise<void> {
      await runner.close(options.closeGraceMs ?? 3_000);
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      await store.close();
    },
  };
};

export type BatchServices = Awaited<ReturnType<typeof createBatchServices>>;
