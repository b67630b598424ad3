import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openOutbox } from '../../../src/main/services/outbox/outbox-store';
import { appErrorOf, filesIn, makeTempDir, steppingClock } from './helpers';

const payloadSchema = z.object({
  practice: z.object({ accountId: z.string().min(1, 'Enter the account ID.'), name: z.string() }),
  locations: z.array(z.object({ code: z.string() })),
});
type Payload = z.infer<typeof payloadSchema>;
const payload = (accountId: string): Payload => ({ practice: { accountId, name: 'Sunrise' }, locations: [] });
const open = (dir: string) => openOutbox({ dir, payloadSchema, now: steppingClock() });

describe('outbox', () => {
  it('has the item on disk by the time enqueue resolves', async () => {
    const dir = await makeTempDir();
    const outbox = await open(dir);
    const item = await outbox.enqueue(payload('clinic-1'));
    expect(item).toMatchObject({
      seq: 1,
      status: 'queued',
      attempts: 0,
      lastError: null,
      completedSteps: [],
    });
    // A second instance reads only the disk: no close or flush happened in between.
    expect((await open(dir)).list()).toEqual([item]);
  });

  it('keeps queue order across a restart, and appends after the last item', async () => {
    const dir = await makeTempDir();
    const outbox = await open(dir);
    const items = await Promise.all(['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => outbox.enqueue(payload(id))));
    await outbox.remove(items[1]?.id ?? '');
    const reopened = await open(dir);
    const order = (list: { payload: Payload }[]) => list.map((item) => item.payload.practice.accountId);
    expect(order(reopened.list())).toEqual(['c1', 'c3', 'c4', 'c5']);
    await reopened.enqueue(payload('c6'));
    expect(order((await open(dir)).list())).toEqual(['c1', 'c3', 'c4', 'c5', 'c6']);
  });

  it('persists status, attempts, last error and steps; null clears the error', async () => {
    const dir = await makeTempDir();
    const outbox = await open(dir);
    const { id } = await outbox.enqueue(payload('clinic-1'));
    const lastError = { kind: 'network', message: 'Updox could not be reached.' } as const;
    await outbox.update(id, { status: 'sending', attempts: 1 });
    await outbox.completeStep(id, 'practice');
    await outbox.update(id, { status: 'failed', lastError });
    expect((await open(dir)).get(id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError,
      completedSteps: ['practice'],
    });
    await outbox.update(id, { status: 'queued', lastError: null });
    expect((await open(dir)).get(id)).toMatchObject({ status: 'queued', lastError: null, attempts: 1 });
  });

  it('completes steps only in order, never undoes one, and is done only when all are done', async () => {
    const outbox = await open(await makeTempDir());
    const { id } = await outbox.enqueue(payload('clinic-1'));
    expect((await appErrorOf(outbox.completeStep(id, 'locations'))).kind).toBe('conflict');
    expect((await appErrorOf(outbox.update(id, { status: 'done' }))).kind).toBe('conflict');
    const first = await outbox.completeStep(id, 'practice');
    const repeated = await outbox.completeStep(id, 'practice');
    expect(repeated).toEqual(first);
    await outbox.completeStep(id, 'locations');
    expect((await appErrorOf(outbox.update(id, { completedSteps: ['practice'] }))).kind).toBe('conflict');
    await outbox.completeStep(id, 'users');
    expect(await outbox.update(id, { status: 'done' })).toMatchObject({
      status: 'done',
      completedSteps: ['practice', 'locations', 'users'],
    });
  });

  it('rejects a bad patch or payload naming the field, writing nothing', async () => {
    const dir = await makeTempDir();
    const outbox = await open(dir);
    const bad = await appErrorOf(outbox.enqueue({ practice: { accountId: '', name: 'x' }, locations: [] }));
    expect(bad).toMatchObject({
      kind: 'validation',
      fields: { 'payload.practice.accountId': 'Enter the account ID.' },
    });
    expect(await filesIn(dir)).toEqual([]);

    const { id } = await outbox.enqueue(payload('clinic-1'));
    const before = await readFile(join(dir, `${id}.json`), 'utf8');
    const patch = await appErrorOf(outbox.update(id, { attempts: -1, completedSteps: ['users'] }));
    expect(patch.kind).toBe('validation');
    expect(Object.keys(patch.fields ?? {}).sort()).toEqual(['attempts', 'completedSteps']);
    expect(await readFile(join(dir, `${id}.json`), 'utf8')).toBe(before);
  });

  it('answers not-found for unknown ids', async () => {
    const outbox = await open(await makeTempDir());
    expect((await appErrorOf(() => outbox.get('nope'))).kind).toBe('not-found');
    expect((await appErrorOf(outbox.update('nope', { attempts: 1 }))).kind).toBe('not-found');
    expect((await appErrorOf(outbox.remove('nope'))).kind).toBe('not-found');
  });

  it('sets a damaged item aside, reports it, and keeps the others in order', async () => {
    const dir = await makeTempDir();
    const outbox = await open(dir);
    const items = [];
    for (const id of ['c1', 'c2', 'c3']) items.push(await outbox.enqueue(payload(id)));
    await writeFile(join(dir, `${items[1]?.id}.json`), '{"version":1,"item":{"id"');
    const reopened = await open(dir);
    expect(reopened.list().map((item) => item.payload.practice.accountId)).toEqual(['c1', 'c3']);
    expect(reopened.problems()).toEqual([expect.objectContaining({ file: `${items[1]?.id}.json` })]);
  });

  it('hands out copies: changing a returned item does not change the queue', async () => {
    const outbox = await open(await makeTempDir());
    const item = await outbox.enqueue(payload('clinic-1'));
    item.completedSteps.push('practice');
    item.payload.practice.name = 'Changed';
    expect(outbox.get(item.id)).toMatchObject({ completedSteps: [], payload: payload('clinic-1') });
  });
});
