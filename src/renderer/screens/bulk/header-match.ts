import { importColumns, type ImportKind } from './import-kinds';

/** A column's field key, or null for "Not imported". One entry per column of the file, in file order. */
export type ColumnMapping = (string | null)[];

/** A header as compared: case, spaces, punctuation and accents ignored ("ZIP code", "zip_code", "Zip-Code"). */
export const normalizeHeader = (header: string): string =>
  header
    .replace(/^\uFEFF/, '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Every name a column may carry for each field of a file: its CSV names, its label, its Updox wire keys. */
const namesOf = (kind: ImportKind): Map<string, string> => {
  const names = new Map<string, string>();
  for (const { key, spec } of importColumns[kind]) {
    const all = [...spec.csv, spec.label, spec.wire?.key, spec.wire?.readKey, key];
    for (const name of all) {
      if (name === undefined) continue;
      const normal = normalizeHeader(name);
      // The first field to claim a name keeps it (table order).
      if (normal !== '' && !names.has(normal)) names.set(normal, key);
    }
  }
  return names;
};

const namesByKind = new Map<ImportKind, Map<string, string>>();
const namesFor = (kind: ImportKind): Map<string, string> => {
  let names = namesByKind.get(kind);
  if (!names) namesByKind.set(kind, (names = namesOf(kind)));
  return names;
};

/** The field a header means, or null. */
export const fieldOfHeader = (kind: ImportKind, header: string): string | null =>
  namesFor(kind).get(normalizeHeader(header)) ?? null;

/** Columns matched to fields by header; a field claimed by an earlier column leaves a later one not imported. */
export const matchHeaders = (kind: ImportKind, headers: readonly string[]): ColumnMapping => {
  const taken = new Set<string>();
  return headers.map((header) => {
    const field = fieldOfHeader(kind, header);
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
};

/** Fields mapped by more than one column (a person's choice can make them): the field keys. */
export const fieldsMappedTwice = (mapping: ColumnMapping): string[] => {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const field of mapping) {
    if (field === null) continue;
    if (seen.has(field)) twice.add(field);
    seen.add(field);
  }
  return [...twice];
};
