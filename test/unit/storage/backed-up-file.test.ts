import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { writeFileAtomic } from '../../../src/main/services/storage/atomic-file';
import { readBackedUpJsonFileSync } from '../../../src/main/services/storage/backed-up-file';
import { filesIn, makeTempDir } from './helpers';

const schema = z.object({ version: z.number() });

async function twoVersions() {
  const dir = await makeTempDir();
  const path = join(dir, 'settings.json');
  await writeFileAtomic(path, '{"version":1}', { keepBackup: true });
  await writeFileAtomic(path, '{"version":2}', { keepBackup: true });
  return { dir, path };
}

describe('readBackedUpJsonFileSync', () => {
  it('reads the file itself when it is good', async () => {
    const { path } = await twoVersions();
    expect(readBackedUpJsonFileSync(path, schema)).toEqual({
      status: 'ok',
      value: { version: 2 },
      usedBackup: false,
    });
  });

  it('falls back to the .bak when the file is missing (crash between the renames)', async () => {
    const { path } = await twoVersions();
    await rm(path);
    expect(readBackedUpJsonFileSync(path, schema)).toEqual({
      status: 'ok',
      value: { version: 1 },
      usedBackup: true,
    });
  });

  it('sets a damaged file aside, so the next write keeps the good .bak', async () => {
    const { dir, path } = await twoVersions();
    await writeFile(path, '{"vers');
    const result = readBackedUpJsonFileSync(path, schema);
    expect(result).toMatchObject({ status: 'ok', value: { version: 1 }, usedBackup: true });
    expect(result.setAside?.setAsideAs).toMatch(/^corrupt\/settings\.json\./);
    expect(await filesIn(dir)).toEqual(['corrupt', 'settings.json.bak']);
    await writeFileAtomic(path, '{"version":3}', { keepBackup: true });
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('{"version":1}');
  });

  it('says missing when there is neither file nor backup', async () => {
    const dir = await makeTempDir();
    expect(readBackedUpJsonFileSync(join(dir, 'none.json'), schema)).toEqual({
      status: 'missing',
      usedBackup: false,
    });
  });
});
