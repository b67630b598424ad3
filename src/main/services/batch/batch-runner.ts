import type { AppErrorData } from '../../../shared/errors';
import { logger } from '../log/logger';
import { sendRowOnce, submissionDepsFor, type RowAttempt, type RowSendDeps } from './batch-send';
import type { OpenBatch } from './batch-store';
import { isSendable } from './batch-views';
import { countOf } from '../../../shared/words';

/**
 * Sends a batch's rows with bounded concurrency: `concurrency` workers each take the next row not sent, send it
 * through the submission runner and journal how it ended. Pause and cancel stop taking rows (the rows in flight
 * finish); a transient failure (network, timeout, 5xx) is sent again after a growing, jittered wait a bounded
 * number of times, then left pending with why. When several rows in a row could not reach Updox the batch pauses
 * itself, saying so.
 */
export interface RetryPolicy {
  /** Sends again after a transient failure, this many times. */
  retries: number;
  minDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, minDelayMs: 500, maxDelayMs: 8_000 };

export interface BatchRunnerDeps {
  /** The client and connection for the batch's own environment. */
  sendDeps: (batch: OpenBatch) => Promise<RowSendDeps>;
  /** The batch changed: tell the screens (throttled by the caller unless `now`). */
  changed: (batch: OpenBatch, now: boolean) => void;
  /**
   * Sends one row once and says how it ended. Default: a practice row through the wizard's submission runner
   * (`batch-send.ts`); another kind of row (e.g. Missing Business Info writes) gives its own.
   */
  sendRow?: (batch: OpenBatch, index: number, send: RowSendDeps) => Promise<RowAttempt>;
  retry?: RetryPolicy;
}

interface Run {
  batch: OpenBatch;
  target: number;
  workers: number;
  stop: 'paused' | 'cancelled' | null;
  note: string | null;
  queue: number[];
  inFlight: Set<number>;
  startedAt: number;
  /** When each row of this run ended (the rate, for the ETA). */
  ended: number[];
  unreachableInARow: number;
  finished: Promise<void>;
  resolve: () => void;
}

const ETA_WINDOW = 50;

export const createBatchRunner = (deps: BatchRunnerDeps) => {
  const retry = deps.retry ?? DEFAULT_RETRY;
  const runs = new Map<string, Run>();
  let closed = false;

  const delayOf = (attempt: number) => {
    const base = Math.min(retry.maxDelayMs, retry.minDelayMs * 2 ** attempt);
    return base * (0.5 + Math.random() / 2);
  };
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

  const sendOnce =
    deps.sendRow ??
    ((batch: OpenBatch, index: number, send: RowSendDeps) =>
      sendRowOnce(batch, index, submissionDepsFor(batch, send)));

  const sendRow = async (run: Run, index: number, send: RowSendDeps) => {
    const { batch } = run;
    for (let attempt = 0; ; attempt += 1) {
      const ended = await sendOnce(batch, index, send);
      if (ended.kind !== 'transient') {
        await batch.change({ k: 'outcome', i: index, outcome: ended.kind, error: ended.error });
        // Sent, or never to be sent: its passwords are not needed any more (a failed row keeps them to go again).
        if (ended.kind !== 'failed') batch.passwords.forget(index);
        run.unreachableInARow = 0;
        return;
      }
      if (attempt < retry.retries && run.stop === null && !closed) {
        await sleep(delayOf(attempt));
        continue;
      }
      const error: AppErrorData = {
        ...ended.error,
        message: `Not sent yet: ${ended.error.message} (tried ${countOf(attempt + 1, 'time')}). Resume the batch to send it.`,
      };
      await batch.change({ k: 'outcome', i: index, outcome: 'pending', error });
      run.unreachableInARow += 1;
      if (run.unreachableInARow >= Math.max(3, run.target) && run.stop === null) {
        run.stop = 'paused';
        run.note = `Paused by itself: Updox could not be reached for ${countOf(run.unreachableInARow, 'row')} in a row. Resume when it can be reached; the rows not sent are sent then.`;
        deps.changed(batch, true);
      }
      return;
    }
  };

  const finish = async (run: Run) => {
    const { batch } = run;
    runs.delete(batch.data.id);
    try {
      if (closed) return;
      const left = batch.data.rows.filter((_, i) => isSendable(batch, i)).length;
      let state: 'paused' | 'cancelled' | 'finished' = run.stop ?? (left > 0 ? 'paused' : 'finished');
      let note = run.note;
      if (run.stop === 'cancelled')
        note = left > 0 ? `Cancelled: ${countOf(left, 'row')} not sent. Start again to send them.` : null;
      else if (run.stop === 'paused' && note === null && left > 0)
        note = `Paused: ${countOf(left, 'row')} not sent yet. Resume to send them.`;
      else if (state === 'paused' && note === null && left > 0)
        note = `${countOf(left, 'row')} could not be sent yet (Updox could not be reached). Resume to send them.`;
      if (state === 'finished') note = null;
      if (run.stop === null && left === 0) state = 'finished';
      await batch.change({ k: 'state', state, concurrency: run.target, note });
      deps.changed(batch, true);
    } catch (error) {
      logger.warn('batch.finish-failed', { reason: error instanceof Error ? error.message : 'unknown' });
    } finally {
      run.resolve();
    }
  };

  const worker = async (run: Run, send: RowSendDeps) => {
    run.workers += 1;
    try {
      while (run.stop === null && !closed && run.workers <= run.target) {
        const index = run.queue.shift();
        if (index === undefined) break;
        if (!isSendable(run.batch, index)) continue;
        run.inFlight.add(index);
        deps.changed(run.batch, false);
        try {
          await sendRow(run, index, send);
        } catch (error) {
          if (!closed)
            logger.warn('batch.row-failed', { reason: error instanceof Error ? error.message : 'unknown' });
        } finally {
          run.inFlight.delete(index);
          run.ended.push(Date.now());
          if (run.ended.length > ETA_WINDOW) run.ended.shift();
          deps.changed(run.batch, false);
        }
      }
    } finally {
      run.workers -= 1;
      if (run.workers === 0) await finish(run);
    }
  };

  const spawn = (run: Run, send: RowSendDeps) => {
    while (run.workers < run.target && run.queue.length > 0) void worker(run, send);
  };

  return {
    /** Starts (or resumes) sending; answers once the batch is journaled as running. */
    async start(batch: OpenBatch, concurrency: number): Promise<void> {
      const id = batch.data.id;
      const current = runs.get(id);
      if (current && current.stop === null) {
        current.target = concurrency;
        await batch.change({ k: 'state', state: 'running', concurrency, note: null });
        spawn(current, await deps.sendDeps(batch));
        return;
      }
      // A run pausing still has rows in flight: they finish before this one begins.
      if (current) await current.finished;
      const send = await deps.sendDeps(batch);
      const queue = batch.data.rows.flatMap((_, i) => (isSendable(batch, i) ? [i] : []));
      let resolve = () => undefined as void;
      const finished = new Promise<void>((r) => (resolve = r));
      const run: Run = {
        batch,
        target: concurrency,
        workers: 0,
        stop: null,
        note: null,
        queue,
        inFlight: new Set(),
        startedAt: Date.now(),
        ended: [],
        unreachableInARow: 0,
        finished,
        resolve,
      };
      runs.set(id, run);
      await batch.change({ k: 'state', state: 'running', concurrency, note: null });
      deps.changed(batch, true);
      spawn(run, send);
      if (run.workers === 0) await finish(run);
    },
    /** Stops taking rows; the rows in flight finish. The batch is journaled paused (or cancelled) at once. */
    async stop(batch: OpenBatch, how: 'paused' | 'cancelled'): Promise<void> {
      const run = runs.get(batch.data.id);
      if (run) {
        run.stop = how;
        run.note = null;
      }
      await batch.change({ k: 'state', state: how, concurrency: batch.data.concurrency, note: null });
      deps.changed(batch, true);
    },
    isRunning: (id: string) => runs.has(id),
    /** Whether rows of the batch are still in flight (after a pause). */
    whenIdle: (id: string) => runs.get(id)?.finished ?? Promise.resolve(),
    /** Milliseconds left at the rate of the last rows, or null before there is a rate. */
    etaOf(id: string): number | null {
      const run = runs.get(id);
      if (!run || run.stop !== null || run.ended.length < 2) return null;
      const since = run.ended.length < ETA_WINDOW ? run.startedAt : run.ended[0]!;
      const perMs = run.ended.length / Math.max(1, Date.now() - since);
      const left = run.queue.filter((i) => isSendable(run.batch, i)).length + run.inFlight.size;
      return Math.round(left / perMs);
    },
    /**
     * Stops every run: no new rows; the rows in flight get `graceMs` to finish. The journal keeps saying
     * 'running', so the next start finds the batch stopped and brings it back paused.
     */
    async close(graceMs: number): Promise<void> {
      closed = true;
      const all = Promise.all([...runs.values()].map((r) => r.finished));
      await Promise.race([all, new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
    },
  };
};

export type BatchRunner = ReturnType<typeof createBatchRunner>;
