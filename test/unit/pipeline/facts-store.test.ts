import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFactsStore } from '../../../src/main/services/pipeline/facts-store';

const NOW = Date.parse('2026-11-02T09:00:00.000Z');

describe('the pipeline facts store (real files in a temp folder)', () => {
  let dataDir: string;
  let clockMs: number;
  const open = () => openFactsStore(dataDir, { clock: async () => clockMs });
  beforeEach(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'desk-facts-'));
    clockMs = NOW;
  });
  afterEach(async () => fs.rm(dataDir, { recursive: true, force: true }));

  it('keeps what it learned across a restart, per environment, with the environment in the file', async () => {
    const store = open();
    await store.noteList('sandbox', [{ accountId: 'sunrise-01', name: 'Sunrise', detailsComplete: false }]);
    await store.note('sandbox', new Map([['sunrise-01', { locations: 2 }]]));
    await store.note('qa', new Map([['pine-dental', { name: 'Pine Dental', users: 1 }]]));
    await store.idle();

    const again = open();
    expect(again.all('sandbox').map((f) => f.accountId)).toEqual(['sunrise-01']);
    expect(again.get('sandbox', 'sunrise-01')).toMatchObject({
      name: 'Sunrise',
      locations: 2,
      detailsComplete: false,
      reached: { created: new Date(NOW).toISOString(), locations: new Date(NOW).toISOString() },
    });
    // Nothing of one environment in another.
    expect(again.get('sandbox', 'pine-dental')).toBeUndefined();
    expect(again.all('qa').map((f) => f.accountId)).toEqual(['pine-dental']);
    const files = await fs.readdir(path.join(dataDir, 'pipeline'));
    expect(files.sort()).toEqual(expect.arrayContaining(['facts-qa.json', 'facts-sandbox.json']));
    const text = await fs.readFile(path.join(dataDir, 'pipeline', 'facts-sandbox.json'), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ version: 1, environmentId: 'sandbox' });
    expect(text).not.toContain('pine-dental');
  });

  it('marks a practice Updox no longer lists, and dates facts by the environment clock', async () => {
    const store = open();
    await store.noteList('sandbox', [
      { accountId: 'a', name: 'A', detailsComplete: true },
      { accountId: 'b', name: 'B', detailsComplete: true },
    ]);
    clockMs = NOW + 86_400_000;
    await store.noteList('sandbox', [{ accountId: 'a', name: 'A', detailsComplete: true }]);
    expect(store.get('sandbox', 'b')?.listed).toBe(false);
    expect(store.get('sandbox', 'a')?.reached.details).toBe(new Date(NOW).toISOString());
    expect(await store.noteList('sandbox', [{ accountId: 'a', name: 'A', detailsComplete: true }])).toBe(
      false,
    );
  });

  it('announces each change, and writes many changes made at once in few writes', async () => {
    const store = open();
    const seen: string[] = [];
    store.onChange((environmentId) => seen.push(environmentId));
    await Promise.all(
      Array.from({ length: 200 }, (_, i) => store.note('sandbox', new Map([[`acct-${i}`, { users: 1 }]]))),
    );
    await store.idle();
    expect(seen).toHaveLength(200);
    const again = open();
    expect(again.all('sandbox')).toHaveLength(200);
  });

  it('sets a damaged or wrongly shaped file aside and starts empty, never reading it as facts', async () => {
    const dir = path.join(dataDir, 'pipeline');
    await fs.mkdir(dir, { recursive: true });
    const wrong = {
      version: 1,
      environmentId: 'sandbox',
      practices: { a: { accountId: 'a', name: 'A', listed: 'yes' } },
    };
    await fs.writeFile(path.join(dir, 'facts-sandbox.json'), JSON.stringify(wrong));
    await fs.writeFile(path.join(dir, 'facts-qa.json'), '{"version":1,');
    const store = open();
    expect(store.all('sandbox')).toEqual([]);
    expect(store.all('qa')).toEqual([]);
    const aside = await fs.readdir(path.join(dir, 'corrupt'));
    expect(aside).toHaveLength(2);
  });

  it('refuses a file that names another environment (a copied file never lends its facts)', async () => {
    const store = open();
    await store.note('qa', new Map([['a', { name: 'A' }]]));
    await store.idle();
    const dir = path.join(dataDir, 'pipeline');
    await fs.copyFile(path.join(dir, 'facts-qa.json'), path.join(dir, 'facts-sandbox.json'));
    expect(open().all('sandbox')).toEqual([]);
  });
});
