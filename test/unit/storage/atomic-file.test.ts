import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readJsonFile, writeFileAtomic } from '../../../src/main/services/storage/atomic-file';
import { appErrorOf, filesIn, makeTempDir } from './helpers';

const schema = z.object({ name: z.string(), count: z.number() });

describe('writeFileAtomic', () => {
  it('creates the file owner-only and leaves no temp file', async () => {
    const dir = await makeTempDir();
    const path = join(dir, 'a.json');
    await writeFileAtomic(path, '{"name":"x","count":1}');
    expect(await readFile(path, 'utf8')).toBe('{"name":"x","count":1}');
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await filesIn(dir)).toEqual(['a.json']);
  });

  it('keeps the previous content as <name>.bak when asked, and only then', async () => {
    const dir = await makeTempDir();
    const path = join(dir, 'a.json');
    await writeFileAtomic(path, 'one', { keepBackup: true });
    expect(await filesIn(dir)).toEqual(['a.json']);
    await writeFileAtomic(path, 'two', { keepBackup: true });
    await writeFileAtomic(path, 'three', { keepBackup: true });
    expect(await readFile(path, 'utf8')).toBe('three');
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('two');
    await writeFileAtomic(path, 'four');
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('two');
  });

  it('fails with a storage error, removes its temp file and leaves the target alone', async () => {
    const dir = await makeTempDir();
    const path = join(dir, 'taken.json');
    await mkdir(path); // a folder where the file should go: the rename must fail
    const error = await appErrorOf(writeFileAtomic(path, 'data'));
    expect(error.kind).toBe('storage');
    expect(error.message).toContain('taken.json');
    expect(await filesIn(dir)).toEqual(['taken.json']);
    expect((await stat(path)).isDirectory()).toBe(true);
  });

  it('never exposes a partial file: each read sees the old or the new content, or (mid-swap) a good backup', async () => {
    const dir = await makeTempDir();
    const path = join(dir, 'a.json');
    const versions = ['A', 'B'].map((letter) => JSON.stringify({ name: letter.repeat(200_000), count: 1 }));
    await writeFileAtomic(path, versions[0] ?? '', { keepBackup: true });
    let writing = true;
    const writer = (async () => {
      for (let n = 0; n < 30; n += 1)
        await writeFileAtomic(path, versions[n % 2] ?? '', { keepBackup: true });
      writing = false;
    })();
    let reads = 0;
    while (writing) {
      const main = await readJsonFile(path, schema);
      const seen = main.status === 'missing' ? await readJsonFile(`${path}.bak`, schema) : main;
      expect(seen.status).toBe('ok');
      reads += 1;
    }
    await writer;
    expect(reads).toBeGreaterThan(0);
  });
});

describe('readJsonFile', () => {
  it('tells missing, corrupt and ok apart', async () => {
    const dir = await makeTempDir();
    const at = (name: string) => join(dir, name);
    await writeFile(at('ok.json'), '{"name":"Sunrise","count":2}');
    await writeFile(at('empty.json'), '');
    await writeFile(at('truncated.json'), '{"name":"Sunrise Family Pra');
    await writeFile(at('shape.json'), '{"name":7,"count":2}');

    expect(await readJsonFile(at('ok.json'), schema)).toEqual({
      status: 'ok',
      value: { name: 'Sunrise', count: 2 },
    });
    expect(await readJsonFile(at('none.json'), schema)).toEqual({ status: 'missing' });
    expect(await readJsonFile(at('empty.json'), schema)).toEqual({
      status: 'corrupt',
      reason: 'the file is empty',
    });

    const truncated = await readJsonFile(at('truncated.json'), schema);
    expect(truncated.status).toBe('corrupt');
    // The reason must not quote the file's content (it may hold practice data).
    expect(truncated.status === 'corrupt' && truncated.reason).not.toContain('Sunrise');

    const shape = await readJsonFile(at('shape.json'), schema);
    expect(shape.status === 'corrupt' && shape.reason).toContain('name:');
  });

  it('throws a storage error for a file it cannot read', async () => {
    const dir = await makeTempDir();
    await mkdir(join(dir, 'folder.json'));
    expect((await appErrorOf(readJsonFile(join(dir, 'folder.json'), schema))).kind).toBe('storage');
  });
});
