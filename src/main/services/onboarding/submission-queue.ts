import path from 'node:path';
import type { StepResult } from '../../../shared/contract/onboarding';
import { logger } from '../log/logger';
import { openOutbox, type Outbox } from '../outbox/outbox-store';
import type { OutboxStep } from '../outbox/outbox-schema';
import { submissionPayloadSchema, type SubmissionPayload } from './submission-payload';
import { openSubmissionProgress, type ItemProgress, type RowProgress } from './submission-progress';
import { runSubmission, type SubmissionDeps, type SubmissionItem } from './submission-runner';

/** What each location and user of a submission did, in the payload's order (rows not tried yet are left out). */
export interface StepResults {
  locations: StepResult[];
  users: StepResult[];
}

export interface SubmissionQueue {
  /**
   * Persists the submission (the journal) before anything is sent; carried-over steps count as done, and the rows
   * saved by `carryFrom` (an earlier, failed submission of the same draft) are not sent again unless changed.
   */
  enqueue(
    payload: SubmissionPayload,
    doneSteps: readonly OutboxStep[],
    carryFrom?: string,
  ): Promise<SubmissionItem>;
  /**
   * Sends one item now, to its own environment (one send at a time across the app); resolves with how it ended.
   * `confirmedNow`: the person has just confirmed a Production write for it.
   */
  send(id: string, confirmedNow?: boolean): Promise<SubmissionItem>;
  list(): SubmissionItem[];
  get(id: string): SubmissionItem;
  /** The latest submission of a draft. */
  forDraft(draftId: string): SubmissionItem | undefined;
  discard(id: string): Promise<void>;
  results(id: string): StepResults;
  /** One pass of the background loop now: every queued item, each to its own environment. */
  replayNow(): Promise<void>;
  /** Items waiting to be sent in an environment (the top bar's count). */
  pendingCount(environmentId: string): number;
  close(): Promise<void>;
}

export interface SubmissionQueueOptions {
  dataDir: string;
  deps: Omit<SubmissionDeps, 'outbox' | 'progress'>;
  /** How often the background loop looks for queued items. Default 3 s. */
  intervalMs?: number;
  /** Finished items are kept this long for their result, then dropped. Default one day. */
  keepDoneMs?: number;
  /** A queued item was sent by the background loop (it was offline when submitted): tell the person. */
  onQueuedSent?: (item: SubmissionItem) => void;
  /** An item was queued, moved on, ended or was removed (null then): the submission and health events. */
  onChange?: (item: SubmissionItem, removed: boolean) => void;
}

/** The outbox, telling `onChange` after every write (the one place a submission's progress is announced). */
const observed = (
  outbox: Outbox<SubmissionPayload>,
  onChange: (item: SubmissionItem, removed: boolean) => void,
): Outbox<SubmissionPayload> => {
  const tell = (item: SubmissionItem) => {
    onChange(item, false);
    return item;
  };
  return {
    ...outbox,
    enqueue: (payload) => outbox.enqueue(payload).then(tell),
    update: (id, patch) => outbox.update(id, patch).then(tell),
    completeStep: (id, step) => outbox.completeStep(id, step).then(tell),
    async remove(id) {
      const before = outbox.list().find((i) => i.id === id);
      await outbox.remove(id);
      if (before) onChange(before, true);
    },
  };
};

export const openSubmissionQueue = async (options: SubmissionQueueOptions): Promise<SubmissionQueue> => {
  const outbox = observed(
    await openOutbox({ dir: path.join(options.dataDir, 'outbox'), payloadSchema: submissionPayloadSchema }),
    (item, removed) => options.onChange?.(item, removed),
  );
  const progress = await openSubmissionProgress(options.dataDir);
  const deps: SubmissionDeps = { ...options.deps, outbox, progress };
  const keepDoneMs = options.keepDoneMs ?? 24 * 60 * 60 * 1000;
  const removeItem = async (id: string) => {
    await outbox.remove(id);
    await progress.remove(id);
  };
  for (const item of outbox.list()) {
    // 'sending' after a restart: the app stopped mid-send. The runner reconciles with Updox before resending.
    if (item.status === 'sending') await outbox.update(item.id, { status: 'queued' });
    if (item.status === 'done' && Date.now() - Date.parse(item.updatedAt) > keepDoneMs)
      await removeItem(item.id);
  }
  // Rows of an item that is gone (the app stopped between removing the two files).
  const known = new Set(outbox.list().map((i) => i.id));
  for (const id of progress.ids()) if (!known.has(id)) await progress.remove(id);

  let chain: Promise<unknown> = Promise.resolve();
  const send = (id: string, confirmedNow = false): Promise<SubmissionItem> => {
    const run = chain.then(() => runSubmission(deps, id, confirmedNow));
    chain = run.catch(() => undefined);
    return run;
  };

  let ticking: Promise<void> | null = null;
  let closed = false;
  /** One pass at a time: a pass asked for while one runs waits for it, then runs. */
  const tick = async (): Promise<void> => {
    while (ticking) await ticking;
    if (closed) return;
    ticking = pass();
    try {
      await ticking;
    } finally {
      ticking = null;
    }
  };
  const pass = async () => {
    const queued = outbox.list().filter((i) => i.status === 'queued');
    if (queued.length === 0) return;
    try {
      // Each item goes to its own environment, whichever is active. Within an environment the order is kept: once
      // one of its items waits (unreachable, removed, no credentials, not confirmed), the rest of it waits too.
      const waiting = new Set<string>();
      const { state } = await options.deps.connection.current(2_000);
      for (const item of queued) {
        if (closed) return;
        const environmentId = item.payload.environmentId;
        if (waiting.has(environmentId)) continue;
        if (options.deps.isActive(environmentId) && state !== 'online') {
          waiting.add(environmentId);
          continue;
        }
        const ended = await send(item.id);
        logger.info('onboarding.outbox.sent', { status: ended.status, steps: ended.completedSteps.length });
        if (ended.status === 'done') options.onQueuedSent?.(ended);
        if (ended.status === 'queued') waiting.add(environmentId);
      }
    } catch (error) {
      logger.warn('onboarding.outbox.loop', { reason: error instanceof Error ? error.message : 'unknown' });
    }
  };
  const timer = setInterval(() => {
    if (!ticking) void tick();
  }, options.intervalMs ?? 3_000);
  timer.unref();

  return {
    async enqueue(payload, doneSteps, carryFrom) {
      let item = await outbox.enqueue(payload);
      if (carryFrom !== undefined) await progress.carryOver(carryFrom, item.id);
      for (const step of doneSteps) item = await outbox.completeStep(item.id, step);
      return item;
    },
    send,
    replayNow: tick,
    list: () => outbox.list(),
    get: (id) => outbox.get(id),
    forDraft: (draftId) =>
      outbox
        .list()
        .filter((i) => i.payload.draftId === draftId)
        .at(-1),
    async discard(id) {
      await chain;
      await removeItem(id);
    },
    results: (id) => resultsOf(outbox.get(id), progress.get(id)),
    pendingCount: (environmentId) =>
      outbox
        .list()
        .filter(
          (i) =>
            i.payload.environmentId === environmentId && (i.status === 'queued' || i.status === 'sending'),
        ).length,
    async close() {
      closed = true;
      clearInterval(timer);
      await chain;
      await outbox.whenIdle();
    },
  };
};

const inPayloadOrder = (keys: readonly string[], rows: readonly RowProgress[]): StepResult[] =>
  keys.flatMap((key) => {
    const row = rows.find((r) => r.key === key);
    return row ? [{ label: row.label, success: row.success, message: row.message }] : [];
  });

const resultsOf = (item: SubmissionItem, progress: ItemProgress): StepResults => ({
  locations: inPayloadOrder(
    item.payload.locations.map((l) => l.key),
    progress.locations,
  ),
  users: inPayloadOrder(
    item.payload.users.map((u) => u.key),
    progress.users,
  ),
});
