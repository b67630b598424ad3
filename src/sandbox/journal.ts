import { z } from 'zod';
import {
  accountSchema,
  locationSchema,
  sandboxStateSchema,
  userSchema,
  type Account,
  type Location,
  type SandboxState,
  type User,
} from './state';

/**
 * The sandbox's write journal: one JSON line per answered call that changed the state, holding the full new value
 * of every record it touched (accounts, locations, users, by key) and of every other part of the state that changed.
 * Replaying a line is an upsert, so replaying lines the snapshot already holds changes nothing: the order
 * snapshot, then journal lines oldest first, always gives the latest state.
 */

const smallParts = sandboxStateSchema.omit({
  schemaVersion: true,
  accounts: true,
  locations: true,
  users: true,
});
export type SmallParts = z.infer<typeof smallParts>;
export const SMALL_PART_KEYS = Object.keys(smallParts.shape) as (keyof SmallParts)[];

export const journalLineSchema = z.object({
  accounts: z.array(accountSchema).optional(),
  locations: z.array(locationSchema).optional(),
  users: z.array(userSchema).optional(),
  parts: smallParts.partial().optional(),
});
export type JournalLine = z.infer<typeof journalLineSchema>;

const accountKey = (a: Account) => a.accountId;
const locationKey = (l: Location) => String(l.id);
const userKey = (u: User) => `${u.accountId}\u0000${u.userId}`;

/** Applies journal lines to a state loaded from the snapshot, in order. */
export function replay(state: SandboxState, lines: readonly JournalLine[]): SandboxState {
  if (lines.length === 0) return state;
  const next: SandboxState = { ...state };
  next.accounts = upsert(state.accounts, lines, (l) => l.accounts, accountKey);
  next.locations = upsert(state.locations, lines, (l) => l.locations, locationKey);
  next.users = upsert(state.users, lines, (l) => l.users, userKey);
  for (const line of lines) if (line.parts) Object.assign(next, line.parts);
  return next;
}

function upsert<T>(
  records: readonly T[],
  lines: readonly JournalLine[],
  pick: (line: JournalLine) => readonly T[] | undefined,
  key: (record: T) => string,
): T[] {
  const result = [...records];
  const index = new Map<string, number>();
  result.forEach((record, i) => index.set(key(record), i));
  for (const line of lines) {
    for (const record of pick(line) ?? []) {
      const at = index.get(key(record));
      if (at === undefined) {
        index.set(key(record), result.length);
        result.push(record);
      } else result[at] = record;
    }
  }
  return result;
}

export interface ParsedJournal {
  lines: JournalLine[];
  /** Why reading stopped early, when it did (a damaged line that is not the last one). */
  damagedAt: number | null;
  /** The last line was cut short (a write the process died in; it was never answered). */
  tornTail: boolean;
}

/** Parses a journal file's text. A torn last line is dropped; a damaged line before the end stops the replay. */
export function parseJournal(text: string): ParsedJournal {
  const raw = text.split('\n');
  const complete = text.endsWith('\n') ? raw.slice(0, -1) : raw;
  const lines: JournalLine[] = [];
  for (let i = 0; i < complete.length; i += 1) {
    const isLast = i === complete.length - 1;
    const rawLine = complete[i] as string;
    if (rawLine === '') continue;
    let parsed: ReturnType<typeof journalLineSchema.safeParse>;
    try {
      parsed = journalLineSchema.safeParse(JSON.parse(rawLine));
    } catch {
      if (isLast) return { lines, damagedAt: null, tornTail: true };
      return { lines, damagedAt: i + 1, tornTail: false };
    }
    if (!parsed.success) {
      if (isLast && !text.endsWith('\n')) return { lines, damagedAt: null, tornTail: true };
      return { lines, damagedAt: i + 1, tornTail: false };
    }
    lines.push(parsed.data);
  }
  return { lines, damagedAt: null, tornTail: false };
}
