import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { openDraftStore, type DraftStore } from '../src/main/services/drafts/draft-store';
import type { Bench, BenchRow } from './bench-types';
import { practiceDraftData, practiceDraftDataSchema, type PracticeDraftData } from './practice-draft-fixture';
import { maxOf, percentile, seededRandom, timeMs } from './stats';

const draftCount = 5_000;
const autosaveCount = 500;
const listRepeats = 50;
const getCount = 200;

const bench: Bench = {
  description: `Drafts: ${draftCount} stored practice drafts, ${autosaveCount} autosaves`,
  async run() {
    const dir = await mkdtemp(join(tmpdir(), 'onboarding-desk-bench-drafts-'));
    try {
      return await measure(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
export default bench;

async function measure(dir: string): Promise<BenchRow[]> {
  const random = seededRandom(20_240_501);
  const store = await openDraftStore({ dir, dataSchema: practiceDraftDataSchema });
  const drafts: { id: string; title: string; data: PracticeDraftData }[] = [];

  const limit = pLimit(16);
  const seedMs = await timeMs(() =>
    Promise.all(
      Array.from({ length: draftCount }, (_, index) =>
        limit(async () => {
          const data = practiceDraftData(index, random);
          const saved = await store.save({
            kind: 'create',
            environmentId: 'sandbox',
            title: data.practice.name,
            data,
          });
          drafts[index] = { id: saved.id, title: saved.title, data };
        }),
      ),
    ),
  );
  const fileSize = await averageFileSize(dir, 200);

  // A keystroke: one more character in a field of a random draft, saved and awaited like main does.
  const autosaves: number[] = [];
  for (let n = 0; n < autosaveCount; n += 1) autosaves.push(await typeOneCharacter(store, drafts, random));

  const warmLists: number[] = [];
  for (let n = 0; n < listRepeats; n += 1) {
    await typeOneCharacter(store, drafts, random); // a save empties the sorted cache: list the worst case
    warmLists.push(await timeMs(() => store.list()));
  }

  const gets: number[] = [];
  for (let n = 0; n < getCount; n += 1) {
    const { id } = drafts[Math.floor(random() * drafts.length)] as (typeof drafts)[number];
    gets.push(await timeMs(() => store.get(id)));
  }
  await store.whenIdle();

  let listed = 0;
  const coldMs = await timeMs(async () => {
    const reopened = await openDraftStore({ dir, dataSchema: practiceDraftDataSchema });
    listed = reopened.list().length;
  });
  if (listed !== draftCount)
    throw new Error(`reopened store listed ${listed} drafts, expected ${draftCount}`);

  return [
    { measure: 'draft file size (average)', value: fileSize, unit: 'bytes' },
    { measure: `seed ${draftCount} drafts (16 at a time)`, value: seedMs, unit: 'ms' },
    { measure: 'autosave p50', value: percentile(autosaves, 50), unit: 'ms' },
    { measure: 'autosave p95', value: percentile(autosaves, 95), unit: 'ms', target: 16 },
    { measure: 'autosave max', value: maxOf(autosaves), unit: 'ms' },
    { measure: 'warm list, after a save (max)', value: maxOf(warmLists), unit: 'ms', target: 100 },
    { measure: 'get one draft p95', value: percentile(gets, 95), unit: 'ms' },
    { measure: `cold open + list (${listed} drafts)`, value: coldMs, unit: 'ms', target: 300 },
  ];
}

async function typeOneCharacter(
  store: DraftStore<PracticeDraftData>,
  drafts: { id: string; title: string; data: PracticeDraftData }[],
  random: () => number,
): Promise<number> {
  const draft = drafts[Math.floor(random() * drafts.length)] as (typeof drafts)[number];
  const practice = draft.data.practice;
  draft.data = {
    ...draft.data,
    practice: { ...practice, address2: practice.address2.length < 90 ? `${practice.address2}a` : 'Suite' },
  };
  return timeMs(() =>
    store.save({
      id: draft.id,
      kind: 'create',
      environmentId: 'sandbox',
      title: draft.title,
      data: draft.data,
    }),
  );
}

async function averageFileSize(dir: string, sample: number): Promise<number> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).slice(0, sample);
  const sizes = await Promise.all(names.map(async (name) => (await stat(join(dir, name))).size));
  return Math.round(sizes.reduce((sum, size) => sum + size, 0) / sizes.length);
}
