import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PracticeView as AccountRecordView } from '../../../src/shared/contract/practice-view';
import {
  cacheFileName,
  openPracticeListCache,
} from '../../../src/main/services/accounts/practice-list-cache';

let dataDir: string;
beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'desk-accounts-cache-'));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await fs.rm(dataDir, { recursive: true, force: true });
});

const record = (accountId: string, name: string): AccountRecordView => ({
  accountId,
  name,
  address1: '1 Main St',
  address2: '',
  city: 'Dublin',
  state: 'OH',
  postal: '43017',
  phone: '',
  fax: '',
  timeZone: 'America/New_York',
  websiteAddress: '',
  directDomain: '',
  directAddress: '',
  active: true,
  vetted: false,
  websiteUrl: '',
  alternativeWebsiteUrl: '',
  countryCode: 'US',
});

const cacheDir = () => path.join(dataDir, 'accounts-cache');

describe('the practice list kept on disk', () => {
  it('keeps the last list of each environment apart and reads it back in a new process', async () => {
    const cache = openPracticeListCache(dataDir);
    await cache.write({
      environmentId: 'sandbox',
      fetchedAt: '2025-01-01T10:00:00.000Z',
      practices: [record('a', 'A')],
    });
    await cache.write({
      environmentId: 'qa',
      fetchedAt: '2025-01-02T10:00:00.000Z',
      practices: [record('q', 'Q')],
    });
    await cache.write({
      environmentId: 'sandbox',
      fetchedAt: '2025-01-03T10:00:00.000Z',
      practices: [record('a', 'A'), record('b', 'B')],
    });

    const reopened = openPracticeListCache(dataDir);
    const sandbox = await reopened.read('sandbox');
    expect(sandbox?.fetchedAt).toBe('2025-01-03T10:00:00.000Z');
    expect(sandbox?.practices.map((p) => p.accountId)).toEqual(['a', 'b']);
    expect((await reopened.read('qa'))?.practices).toEqual([record('q', 'Q')]);
    expect(await reopened.read('production')).toBeNull();
  });

  it('writes atomically: no temp file is left, the file is private, concurrent writes end with the last', async () => {
    const cache = openPracticeListCache(dataDir);
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        cache.write({
          environmentId: 'sandbox',
          fetchedAt: `2025-01-01T10:00:0${i}.000Z`,
          practices: [record(`p${i}`, `P${i}`)],
        }),
      ),
    );
    expect(await fs.readdir(cacheDir())).toEqual(['practices-sandbox.json']);
    const stat = await fs.stat(path.join(cacheDir(), 'practices-sandbox.json'));
    if (process.platform !== 'win32') expect(stat.mode & 0o077).toBe(0);
    const read = await openPracticeListCache(dataDir).read('sandbox');
    expect(read?.practices.map((p) => p.accountId)).toEqual(['p7']);
  });

  it('treats a damaged or foreign file as no copy, never as data', async () => {
    const cache = openPracticeListCache(dataDir);
    await cache.write({
      environmentId: 'sandbox',
      fetchedAt: '2025-01-01T10:00:00.000Z',
      practices: [record('a', 'A')],
    });
    const file = path.join(cacheDir(), 'practices-sandbox.json');
    const good = await fs.readFile(file, 'utf8');

    await fs.writeFile(file, good.slice(0, good.length / 2));
    expect(await openPracticeListCache(dataDir).read('sandbox')).toBeNull();

    const wrongShape = JSON.parse(good) as { practices: { name: unknown }[] };
    wrongShape.practices[0]!.name = 42;
    await fs.writeFile(file, JSON.stringify(wrongShape));
    expect(await openPracticeListCache(dataDir).read('sandbox')).toBeNull();

    await fs.writeFile(file, good.replace('"environmentId":"sandbox"', '"environmentId":"qa"'));
    expect(await openPracticeListCache(dataDir).read('sandbox')).toBeNull();
  });

  it('names files safely whatever the environment id is', () => {
    expect(cacheFileName('sandbox')).toBe('practices-sandbox.json');
    for (const id of ['../../etc/passwd', 'a/b', 'C:\\x', 'my env*', '..']) {
      const name = cacheFileName(id);
      expect(name).toMatch(/^practices-[0-9a-f]{32}\.json$/);
    }
    expect(cacheFileName('a/b')).not.toBe(cacheFileName('a\\b'));
  });
});
