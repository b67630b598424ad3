import { readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestStore, sampleData } from './draft-fixtures';
import { filesIn, makeTempDir } from './helpers';

/** A store folder with drafts A (saved twice: has a .bak), B and C (saved once: no .bak). */
async function seed(dir: string) {
  const store = await openTestStore(dir);
  const a1 = await store.save({
    id: 'a',
    kind: 'create',
    environmentId: 'sandbox',
    title: 'A',
    data: sampleData('A one'),
  });
  const a2 = await store.save({
    id: 'a',
    kind: 'create',
    environmentId: 'sandbox',
    title: 'A',
    data: sampleData('A two'),
  });
  const b = await store.save({
    id: 'b',
    kind: 'create',
    environmentId: 'sandbox',
    title: 'B',
    data: sampleData('B'),
  });
  const c = await store.save({
    id: 'c',
    kind: 'create',
    environmentId: 'sandbox',
    title: 'C',
    data: sampleData('C'),
  });
  return { a1, a2, b, c };
}

describe('draft store: crashes and damaged files', () => {
  it('ignores and removes a stray temp file left by a crash mid-write', async () => {
    const dir = await makeTempDir();
    const { a2 } = await seed(dir);
    await writeFile(join(dir, '.a.json.0123456789ab.tmp'), '{"version":1,"draft":{"id":"a","ti');
    const store = await openTestStore(dir);
    expect(await store.get('a')).toEqual(a2);
    expect(store.problems()).toEqual([]);
    expect(await filesIn(dir)).not.toContain('.a.json.0123456789ab.tmp');
  });

  it('restores a truncated draft from its .bak, sets the damaged file aside and reports it', async () => {
    const dir = await makeTempDir();
    const { a1, b, c } = await seed(dir);
    await writeFile(join(dir, '.a.json.0123456789ab.tmp'), '{"vers');
    const damaged = (await readFile(join(dir, 'a.json'), 'utf8')).slice(0, 60);
    await writeFile(join(dir, 'a.json'), damaged);

    const store = await openTestStore(dir);
    expect(await store.get('a')).toEqual(a1);
    expect(await store.get('b')).toEqual(b);
    expect(await store.get('c')).toEqual(c);
    const [problem, ...others] = store.problems();
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ file: 'a.json', restoredFromBackup: true });
    expect(problem?.reason).toMatch(/not valid JSON/);
    expect(problem?.setAsideAs).toMatch(/^corrupt\/a\.json\./);
    expect(await readFile(join(dir, problem?.setAsideAs ?? ''), 'utf8')).toBe(damaged);

    // The restored draft carries on from the backup's revision, and the next open finds nothing wrong.
    expect(
      (
        await store.save({
          id: 'a',
          kind: 'create',
          environmentId: 'sandbox',
          title: 'A',
          data: sampleData(),
        })
      ).revision,
    ).toBe(2);
    expect((await openTestStore(dir)).problems()).toEqual([]);
  });

  it('sets aside a damaged draft that has no backup, reports it, and loads the rest', async () => {
    const dir = await makeTempDir();
    const { a2, c } = await seed(dir);
    await truncate(join(dir, 'b.json'), 10);
    const store = await openTestStore(dir);
    expect(
      store
        .list()
        .map((draft) => draft.id)
        .sort(),
    ).toEqual(['a', 'c']);
    expect(await store.get('a')).toEqual(a2);
    expect(await store.get('c')).toEqual(c);
    expect(store.problems()).toEqual([
      expect.objectContaining({
        file: 'b.json',
        restoredFromBackup: false,
        setAsideAs: expect.stringMatching(/^corrupt\//),
      }),
    ]);
    expect(await filesIn(join(dir, 'corrupt'))).toHaveLength(1);
    expect(await filesIn(dir)).not.toContain('b.json');
  });

  it('treats well-formed JSON of the wrong shape, or naming another id, as damaged', async () => {
    const dir = await makeTempDir();
    const { b } = await seed(dir);
    const file = JSON.parse(await readFile(join(dir, 'c.json'), 'utf8')) as {
      draft: { data: { zip: string } };
    };
    file.draft.data.zip = 'not a zip';
    await writeFile(join(dir, 'c.json'), JSON.stringify(file));
    await writeFile(join(dir, 'd.json'), JSON.stringify({ version: 1, draft: { ...b, id: 'b' } }));

    const store = await openTestStore(dir);
    const problems = store.problems();
    expect(problems.map((problem) => problem.file)).toEqual(['c.json', 'd.json']);
    expect(problems[0]?.reason).toContain('draft.data.zip');
    expect(problems[1]?.reason).toContain('does not match the file name');
    expect(
      store
        .list()
        .map((draft) => draft.id)
        .sort(),
    ).toEqual(['a', 'b']);
  });

  it('after a crash between the two renames (only the .bak left), restores it silently', async () => {
    const dir = await makeTempDir();
    const { a1 } = await seed(dir);
    await rm(join(dir, 'a.json'));
    const store = await openTestStore(dir);
    expect(await store.get('a')).toEqual(a1);
    expect(store.problems()).toEqual([]);
    expect(await filesIn(dir)).toContain('a.json');
  });

  it('notices damage that happens after open when the draft is read', async () => {
    const dir = await makeTempDir();
    const { a1 } = await seed(dir);
    const store = await openTestStore(dir);
    await writeFile(join(dir, 'a.json'), '');
    expect(await store.get('a')).toEqual(a1);
    expect(store.list().find((draft) => draft.id === 'a')?.revision).toBe(1);
    expect(store.problems()).toEqual([
      expect.objectContaining({ file: 'a.json', reason: 'the file is empty' }),
    ]);

    await writeFile(join(dir, 'b.json'), '{');
    await expect(store.get('b')).rejects.toMatchObject({ kind: 'not-found' });
    expect(store.list().map((draft) => draft.id)).not.toContain('b');
  });
});
