import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { smsLocationStatuses } from '../../../shared/contract/sms';
import { pipelineStages, type PracticeFacts } from '../../../shared/domain/pipeline-stage';
import { removeStrayTempFilesInDirSync, writeFileAtomic } from '../storage/atomic-file';
import { readBackedUpJsonFileSync } from '../storage/backed-up-file';
import { environmentFileName } from '../storage/environment-file-name';
import { createKeyedSerializer } from '../storage/keyed-serializer';
import { mergeFacts, type FactObservation } from './merge-facts';

/**
 * The pipeline's known facts: per environment, what the app has learned of each practice (Updox's records, its
 * own submissions, number statuses, its sends) and when. One file per environment, pipeline/facts-<env>.json,
 * carrying its environment id, written atomically with the previous copy kept, checked with zod on read (a
 * damaged file is set aside and named, and the facts are learned again by Check all).
 */
const iso = z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'must be a date');
const factsSchema = z.object({
  accountId: z.string(),
  name: z.string(),
  listed: z.boolean(),
  locations: z.number().int().nonnegative().nullable(),
  users: z.number().int().nonnegative().nullable(),
  detailsComplete: z.boolean().nullable(),
  incompleteSince: iso.nullable(),
  numbers: z
    .array(
      z.object({ locationId: z.number().int(), status: z.enum(smsLocationStatuses), since: iso.nullable() }),
    )
    .nullable(),
  textSent: z.boolean(),
  reached: z.partialRecord(z.enum(pipelineStages), iso),
  checkedAt: iso.nullable(),
}) satisfies z.ZodType<PracticeFacts>;

const fileSchema = z.object({
  version: z.literal(1),
  environmentId: z.string(),
  practices: z.record(z.string(), factsSchema),
});

export interface FactsStore {
  /** The practices known in an environment (those Updox no longer lists included: `listed` says). */
  all(environmentId: string): PracticeFacts[];
  get(environmentId: string, accountId: string): PracticeFacts | undefined;
  /** Merges what was learned of one or more practices; answers whether anything changed. */
  note(environmentId: string, observations: ReadonlyMap<string, FactObservation>): Promise<boolean>;
  /** A whole PracticeList: every practice in it is listed (with its name and details), the others are not. */
  noteList(
    environmentId: string,
    practices: readonly { accountId: string; name: string; detailsComplete: boolean }[],
  ): Promise<boolean>;
  /** "Now" as the environment sees it, in ms (the dates of the facts). */
  now(environmentId: string): Promise<number>;
  /** Called after every change, with its environment. */
  onChange(listener: (environmentId: string) => void): () => void;
  idle(): Promise<void>;
}

export interface FactsStoreOptions {
  /** "Now" as the environment sees it (the embedded sandbox has its own clock), in ms. */
  clock: (environmentId: string) => Promise<number>;
}

export const openFactsStore = (dataDir: string, options: FactsStoreOptions): FactsStore => {
  const dir = path.join(dataDir, 'pipeline');
  const writes = createKeyedSerializer();
  const loaded = new Map<string, Map<string, PracticeFacts>>();
  const listeners = new Set<(environmentId: string) => void>();
  const fileOf = (environmentId: string) => path.join(dir, environmentFileName('facts', environmentId));
  // A write a killed process never renamed leaves a temp file beside a facts file: none is kept (no decryptable or
  // stale copy lies around), whichever environment's facts are read first.
  removeStrayTempFilesInDirSync(dir);

  const load = (environmentId: string): Map<string, PracticeFacts> => {
    const held = loaded.get(environmentId);
    if (held) return held;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const read = readBackedUpJsonFileSync(fileOf(environmentId), fileSchema);
    const practices =
      read.status === 'ok' && read.value.environmentId === environmentId
        ? new Map(Object.entries(read.value.practices))
        : new Map<string, PracticeFacts>();
    loaded.set(environmentId, practices);
    return practices;
  };

  /** Environments with changes not yet on disk. */
  const dirty = new Set<string>();
  const save = (environmentId: string): Promise<void> =>
    writes.run(environmentId, async () => {
      // Changes made while an earlier write ran are all in this one; the writes queued behind it find nothing.
      if (!dirty.delete(environmentId)) return;
      const practices = Object.fromEntries(load(environmentId));
      const body = JSON.stringify({ version: 1, environmentId, practices });
      await writeFileAtomic(fileOf(environmentId), body, { keepBackup: true });
    });

  /** Applies `apply` to the environment's facts; if anything changed, tells the listeners and saves. */
  const change = async (
    environmentId: string,
    apply: (facts: Map<string, PracticeFacts>, now: string) => boolean,
  ): Promise<boolean> => {
    const now = new Date(await options.clock(environmentId)).toISOString();
    if (!apply(load(environmentId), now)) return false;
    dirty.add(environmentId);
    for (const listener of listeners) listener(environmentId);
    await save(environmentId);
    return true;
  };

  const put = (facts: Map<string, PracticeFacts>, accountId: string, o: FactObservation, now: string) => {
    const before = facts.get(accountId);
    const after = mergeFacts(before, accountId, o, now);
    if (before && JSON.stringify(before) === JSON.stringify(after)) return false;
    facts.set(accountId, after);
    return true;
  };

  return {
    now: (environmentId) => options.clock(environmentId),
    all: (environmentId) => [...load(environmentId).values()],
    get: (environmentId, accountId) => load(environmentId).get(accountId),
    note: (environmentId, observations) =>
      change(environmentId, (facts, now) => {
        let changed = false;
        for (const [accountId, o] of observations) changed = put(facts, accountId, o, now) || changed;
        return changed;
      }),
    noteList: (environmentId, practices) =>
      change(environmentId, (facts, now) => {
        let changed = false;
        const listed = new Set(practices.map((p) => p.accountId));
        for (const p of practices) {
          // A listing that says what the facts already say changes nothing (merging is idempotent): skip the
          // merge and its comparison, which at 5,000 practices cost more than the listing itself.
          const known = facts.get(p.accountId);
          if (known?.listed && known.name === p.name && known.detailsComplete === p.detailsComplete) continue;
          changed =
            put(
              facts,
              p.accountId,
              { name: p.name, listed: true, detailsComplete: p.detailsComplete },
              now,
            ) || changed;
        }
        for (const [accountId, f] of facts)
          if (f.listed && !listed.has(accountId))
            changed = put(facts, accountId, { listed: false }, now) || changed;
        return changed;
      }),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    idle: () => writes.idle(),
  };
};
