import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DraftSaveInput } from '../../../src/main/services/drafts/draft-schema';
import { openDraftStore } from '../../../src/main/services/drafts/draft-store';
import { openTestStore, sampleData, type TestData } from './draft-fixtures';
import { appErrorOf, filesIn, makeTempDir } from './helpers';

describe('draft store: saving and reading', () => {
  it('round-trips a draft through save, get, list and a reopen', async () => {
    const dir = await makeTempDir();
    const store = await openTestStore(dir);
    const saved = await store.save({
      kind: 'create',
      environmentId: 'sandbox',
      title: 'Sunrise',
      data: sampleData(),
    });
    expect(saved).toMatchObject({
      kind: 'create',
      environmentId: 'sandbox',
      title: 'Sunrise',
      revision: 1,
      data: sampleData(),
    });
    expect(saved.createdAt).toBe(saved.updatedAt);
    expect(await store.get(saved.id)).toEqual(saved);

    const { data: _data, ...summary } = saved;
    expect(store.list()).toEqual([summary]);
    expect(store.list()[0]).not.toHaveProperty('data');

    const reopened = await openTestStore(dir);
    expect(await reopened.get(saved.id)).toEqual(saved);
    expect(reopened.problems()).toEqual([]);
  });

  it('counts revisions, keeps createdAt, and lists newest first', async () => {
    const store = await openTestStore(await makeTempDir());
    const first = await store.save({
      kind: 'create',
      environmentId: 'sandbox',
      title: 'First',
      data: sampleData(),
    });
    const second = await store.save({
      kind: 'update',
      environmentId: 'sandbox',
      accountId: 'clinic-042',
      title: 'Second',
      data: sampleData(),
    });
    const again = await store.save({
      id: first.id,
      kind: 'create',
      environmentId: 'sandbox',
      title: 'First',
      data: sampleData('Renamed'),
    });
    expect(again.revision).toBe(2);
    expect(again.createdAt).toBe(first.createdAt);
    expect(again.updatedAt > first.updatedAt).toBe(true);
    expect(store.list().map((draft) => draft.id)).toEqual([first.id, second.id]);
    expect(store.list()[1]).toMatchObject({
      kind: 'update',
      environmentId: 'sandbox',
      accountId: 'clinic-042',
    });
  });

  it('rejects invalid data naming the field, and writes nothing', async () => {
    const dir = await makeTempDir();
    const store = await openTestStore(dir);
    const bad = {
      kind: 'create',
      environmentId: 'sandbox',
      title: 'Bad',
      data: { ...sampleData(), zip: '4301', name: '' },
    } as const;
    const error = await appErrorOf(store.save(bad));
    expect(error.kind).toBe('validation');
    expect(error.fields).toEqual({
      'data.name': 'Enter the practice name.',
      'data.zip': 'ZIP code must be 5 digits.',
    });
    expect(await filesIn(dir)).toEqual([]);
    expect(store.list()).toEqual([]);

    const good = await store.save({
      kind: 'create',
      environmentId: 'sandbox',
      title: 'Good',
      data: sampleData(),
    });
    const before = await readFile(join(dir, `${good.id}.json`), 'utf8');
    await appErrorOf(store.save({ ...bad, id: good.id }));
    expect(await readFile(join(dir, `${good.id}.json`), 'utf8')).toBe(before);
    expect(await filesIn(dir)).toEqual([`${good.id}.json`]);
    expect((await store.get(good.id)).revision).toBe(1);
  });

  it('refuses ids that are not safe file names, and an update draft without its account', async () => {
    const dir = await makeTempDir();
    const store = await openTestStore(join(dir, 'drafts'));
    for (const id of ['../escape', 'UPPER', 'a.b', '', 'con']) {
      const error = await appErrorOf(
        store.save({ id, kind: 'create', environmentId: 'sandbox', title: 't', data: sampleData() }),
      );
      expect(error.fields).toHaveProperty('id');
    }
    const update = await appErrorOf(
      store.save({ kind: 'update', environmentId: 'sandbox', title: 't', data: sampleData() }),
    );
    expect(update.fields).toHaveProperty('accountId');
    expect(await filesIn(dir)).toEqual(['drafts']);
    expect(await filesIn(join(dir, 'drafts'))).toEqual([]);
  });

  it('answers conflict for a stale expectedRevision, and last-write-wins without one', async () => {
    const store = await openTestStore(await makeTempDir());
    const created = await store.save({
      id: 'draft-1',
      kind: 'create',
      environmentId: 'sandbox',
      title: 't',
      expectedRevision: 0,
      data: sampleData(),
    });
    const stale = await appErrorOf(
      store.save({
        id: 'draft-1',
        kind: 'create',
        environmentId: 'sandbox',
        title: 't',
        expectedRevision: 0,
        data: sampleData('Stale'),
      }),
    );
    expect(stale.kind).toBe('conflict');
    const next = await store.save({
      id: created.id,
      kind: 'create',
      environmentId: 'sandbox',
      title: 't',
      expectedRevision: 1,
      data: sampleData(),
    });
    expect(next.revision).toBe(2);
    expect(
      (
        await store.save({
          id: created.id,
          kind: 'create',
          environmentId: 'sandbox',
          title: 't',
          data: sampleData(),
        })
      ).revision,
    ).toBe(3);
  });

  it('serializes concurrent saves of one draft: revisions in call order, the last call wins', async () => {
    const dir = await makeTempDir();
    const store = await openTestStore(dir);
    const input = (n: number): DraftSaveInput<TestData> => ({
      id: 'busy',
      kind: 'create',
      environmentId: 'sandbox',
      title: `v${n}`,
      data: sampleData(`Name ${n}`),
    });
    const results = await Promise.all(Array.from({ length: 25 }, (_, n) => store.save(input(n))));
    expect(results.map((draft) => draft.revision)).toEqual(Array.from({ length: 25 }, (_, n) => n + 1));
    expect(await store.get('busy')).toMatchObject({
      revision: 25,
      title: 'v24',
      data: sampleData('Name 24'),
    });
    expect(await filesIn(dir)).toEqual(['busy.json', 'busy.json.bak']);
    const backup = JSON.parse(await readFile(join(dir, 'busy.json.bak'), 'utf8')) as {
      draft: { revision: number };
    };
    expect(backup.draft.revision).toBe(24);
    expect(await (await openTestStore(dir)).get('busy')).toMatchObject({ revision: 25, title: 'v24' });
  });

  it('keeps going after a failed save in the same queue', async () => {
    const store = await openTestStore(await makeTempDir());
    const base = {
      id: 'q',
      kind: 'create',
      environmentId: 'sandbox',
      title: 't',
      data: sampleData(),
    } as const;
    const results = await Promise.allSettled([
      store.save(base),
      store.save({ ...base, expectedRevision: 99 }),
      store.save(base),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await store.get('q')).revision).toBe(2);
  });

  it('saves many drafts at once without losing any', async () => {
    const dir = await makeTempDir();
    const store = await openTestStore(dir);
    const saved = await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        store.save({ kind: 'create', environmentId: 'sandbox', title: `p${n}`, data: sampleData() }),
      ),
    );
    expect(new Set(saved.map((draft) => draft.id)).size).toBe(30);
    expect((await openTestStore(dir)).list()).toHaveLength(30);
  });

  it('removes a draft and its backup for good; unknown ids are not-found', async () => {
    const dir = await makeTempDir();
    const store = await openTestStore(dir);
    const draft = await store.save({
      kind: 'create',
      environmentId: 'sandbox',
      title: 't',
      data: sampleData(),
    });
    await store.save({
      id: draft.id,
      kind: 'create',
      environmentId: 'sandbox',
      title: 't',
      data: sampleData(),
    });
    await store.remove(draft.id);
    expect(await filesIn(dir)).toEqual([]);
    expect((await appErrorOf(store.get(draft.id))).kind).toBe('not-found');
    expect((await appErrorOf(store.remove(draft.id))).kind).toBe('not-found');
    expect((await appErrorOf(store.get('../../etc/passwd'))).kind).toBe('not-found');
    expect((await openTestStore(dir)).list()).toEqual([]);
  });

  it('refuses data that would not read back from JSON (a Date), writing nothing', async () => {
    const dir = await makeTempDir();
    const store = await openDraftStore({ dir, dataSchema: z.object({ when: z.date() }) });
    const error = await appErrorOf(
      store.save({ kind: 'create', environmentId: 'sandbox', title: 't', data: { when: new Date() } }),
    );
    expect(error.kind).toBe('internal');
    expect(await filesIn(dir)).toEqual([]);
  });

  it('reports a failed write as a storage error and keeps the index as it was', async () => {
    const dir = await makeTempDir();
    const folder = join(dir, 'drafts');
    const store = await openTestStore(folder);
    const draft = await store.save({
      kind: 'create',
      environmentId: 'sandbox',
      title: 't',
      data: sampleData(),
    });
    await rm(folder, { recursive: true });
    await writeFile(folder, 'not a folder');
    const error = await appErrorOf(
      store.save({ id: draft.id, kind: 'create', environmentId: 'sandbox', title: 'x', data: sampleData() }),
    );
    expect(error.kind).toBe('storage');
    expect(store.list()).toEqual([expect.objectContaining({ id: draft.id, revision: 1, title: 't' })]);
  });
});
