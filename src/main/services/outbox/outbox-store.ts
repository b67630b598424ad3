import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { createKeyedSerializer } from '../storage/keyed-serializer';
import { openRecordDir, type StorageProblem } from '../storage/record-dir';
import { validationError } from '../storage/zod-fields';
import {
  outboxFileSchema,
  outboxFormatVersion,
  outboxPatchSchema,
  outboxSteps,
  type OutboxItem,
  type OutboxPatch,
  type OutboxStep,
} from './outbox-schema';

export interface Outbox<P> {
  /** Validates and persists a new 'queued' item; only once it is on disk does the promise resolve. */
  enqueue(payload: P): Promise<OutboxItem<P>>;
  /** Every item in queue order (oldest first). */
  list(): OutboxItem<P>[];
  /** Throws AppError 'not-found' for an unknown id. */
  get(id: string): OutboxItem<P>;
  /** Persists a change. 'validation' for a bad patch; 'conflict' for undoing a step or 'done' with steps left. */
  update(id: string, patch: OutboxPatch): Promise<OutboxItem<P>>;
  /** Marks the next step done (no write if it already is). 'conflict' if an earlier step is not done yet. */
  completeStep(id: string, step: OutboxStep): Promise<OutboxItem<P>>;
  remove(id: string): Promise<void>;
  problems(): StorageProblem[];
  whenIdle(): Promise<void>;
}

export interface OpenOutboxOptions<P> {
  dir: string;
  /** The shape of a submission. It must describe plain JSON. */
  payloadSchema: z.ZodType<P>;
  now?: () => Date;
}

export async function openOutbox<P>(options: OpenOutboxOptions<P>): Promise<Outbox<P>> {
  const enqueueSchema = z.object({ payload: options.payloadSchema });
  const now = options.now ?? (() => new Date());
  const { recordDir, records } = await openRecordDir({
    dir: options.dir,
    schema: outboxFileSchema(options.payloadSchema),
    idOf: (file) => file.item.id,
  });
  const items = new Map<string, OutboxItem<P>>();
  for (const [id, file] of records) items.set(id, file.item);
  let lastSeq = Math.max(0, ...[...items.values()].map((item) => item.seq));
  const serializer = createKeyedSerializer();

  function current(id: string): OutboxItem<P> {
    const item = items.get(id);
    if (item === undefined)
      throw new AppError({ kind: 'not-found', message: `There is no queued item ${id}.` });
    return item;
  }

  async function persist(item: OutboxItem<P>): Promise<OutboxItem<P>> {
    const written = await recordDir.write(item.id, { version: outboxFormatVersion, item });
    items.set(item.id, written.item);
    return structuredClone(written.item);
  }

  async function enqueue(payload: P): Promise<OutboxItem<P>> {
    const parsed = enqueueSchema.safeParse({ payload });
    if (!parsed.success) throw validationError('The submission was not queued', parsed.error);
    const id = randomUUID();
    lastSeq += 1;
    const timestamp = now().toISOString();
    const item: OutboxItem<P> = {
      id,
      seq: lastSeq,
      status: 'queued',
      attempts: 0,
      lastError: null,
      completedSteps: [],
      createdAt: timestamp,
      updatedAt: timestamp,
      payload: parsed.data.payload,
    };
    return serializer.run(id, () => persist(item));
  }

  async function update(id: string, patch: OutboxPatch): Promise<OutboxItem<P>> {
    const parsed = outboxPatchSchema.safeParse(patch);
    if (!parsed.success) throw validationError('The queued item was not changed', parsed.error);
    return serializer.run(id, async () => {
      const item = current(id);
      const next: OutboxItem<P> = { ...item, ...definedOnly(parsed.data), updatedAt: now().toISOString() };
      if (!item.completedSteps.every((step, index) => next.completedSteps[index] === step)) {
        throw new AppError({
          kind: 'conflict',
          message: `A completed step cannot be undone (done: ${item.completedSteps.join(', ')}).`,
        });
      }
      if (next.status === 'done' && next.completedSteps.length !== outboxSteps.length) {
        throw new AppError({ kind: 'conflict', message: 'An item is done only when every step is done.' });
      }
      return persist(next);
    });
  }

  async function completeStep(id: string, step: OutboxStep): Promise<OutboxItem<P>> {
    return serializer.run(id, async () => {
      const item = current(id);
      if (item.completedSteps.includes(step)) return structuredClone(item);
      const expected = outboxSteps[item.completedSteps.length];
      if (step !== expected) {
        throw new AppError({
          kind: 'conflict',
          message: `The ${step} step cannot be done before ${expected}.`,
        });
      }
      const completedSteps = [...item.completedSteps, step];
      return persist({ ...item, completedSteps, updatedAt: now().toISOString() });
    });
  }

  async function remove(id: string): Promise<void> {
    await serializer.run(id, async () => {
      current(id);
      await recordDir.remove(id);
      items.delete(id);
    });
  }

  return {
    enqueue,
    list: () => [...items.values()].sort((a, b) => a.seq - b.seq).map((item) => structuredClone(item)),
    get: (id) => structuredClone(current(id)),
    update,
    completeStep,
    remove,
    problems: () => recordDir.problems(),
    whenIdle: () => serializer.idle(),
  };
}

/** The patch without keys set to undefined, so spreading it never erases a field. */
function definedOnly(patch: OutboxPatch): OutboxPatch {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}
