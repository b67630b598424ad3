import { z } from 'zod';
import { matchHeaders, normalizeHeader, type ColumnMapping } from './header-match';
import { importColumns, type ImportKind } from './import-kinds';

/**
 * The mapping a person accepted, remembered per header set: in this browser profile's localStorage (it is no Updox
 * data and belongs to no environment), under a key made of the file kind and a hash of the normalized headers.
 * What is read back is checked with zod and against the fields of today's tables; anything else is ignored.
 */
type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

const PREFIX = 'desk.bulk-mapping.v1';

/** FNV-1a over the normalized header list: the same headers in the same order give the same key. */
export const headerSetKey = (kind: ImportKind, headers: readonly string[]): string => {
  let hash = 0x811c9dc5;
  for (const char of headers.map(normalizeHeader).join('\u0001')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${PREFIX}.${kind}.${headers.length}.${hash.toString(16).padStart(8, '0')}`;
};

const storedMappingSchema = z.object({
  headers: z.array(z.string().max(500)).max(500),
  columns: z.array(z.string().max(100).nullable()).max(500),
});

const validFor = (kind: ImportKind, headers: readonly string[], columns: ColumnMapping): boolean => {
  const fields = new Set(importColumns[kind].map((c) => c.key));
  return columns.length === headers.length && columns.every((f) => f === null || fields.has(f));
};

/** The remembered mapping of this header set, if one is stored and still valid. */
export const rememberedMapping = (
  store: KeyValueStore | undefined,
  kind: ImportKind,
  headers: readonly string[],
): ColumnMapping | null => {
  let raw: string | null = null;
  try {
    raw = store?.getItem(headerSetKey(kind, headers)) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  const checked = storedMappingSchema.safeParse(parsed);
  if (!checked.success) return null;
  const same =
    checked.data.headers.length === headers.length &&
    checked.data.headers.every((h, i) => normalizeHeader(h) === normalizeHeader(headers[i] ?? ''));
  return same && validFor(kind, headers, checked.data.columns) ? checked.data.columns : null;
};

/** The remembered mapping, else the one matched by header. */
export const initialMapping = (
  store: KeyValueStore | undefined,
  kind: ImportKind,
  headers: readonly string[],
): { mapping: ColumnMapping; remembered: boolean } => {
  const remembered = rememberedMapping(store, kind, headers);
  return remembered
    ? { mapping: remembered, remembered: true }
    : { mapping: matchHeaders(kind, headers), remembered: false };
};

/** Remembers an accepted mapping (a full or refused storage only means it is not remembered). */
export const rememberMapping = (
  store: KeyValueStore | undefined,
  kind: ImportKind,
  headers: readonly string[],
  columns: ColumnMapping,
): void => {
  try {
    store?.setItem(headerSetKey(kind, headers), JSON.stringify({ headers, columns }));
  } catch {
    // Not remembered; the import itself goes on.
  }
};
