import type { FieldSpec } from '../../../shared/domain/fields/field-spec';
import { locationFieldTable, locationFields } from '../../../shared/domain/fields/location-fields';
import { practiceFieldTable, practiceFields } from '../../../shared/domain/fields/practice-fields';
import { userFieldTable, userFields } from '../../../shared/domain/fields/user-fields';

/**
 * The three files a bulk import reads, and the fields each can fill: the typed fields of the practice, location and
 * user field tables, in table order. Locations and users name their practice by its Account ID (the practice
 * table's own column). Nothing here restates a field: every list is read from the tables.
 */
export type ImportKind = 'practices' | 'locations' | 'users';
export const importKinds: readonly ImportKind[] = ['practices', 'locations', 'users'];

/** The column of a locations or users file that names its practice. */
export const PRACTICE_KEY = 'accountId';

export interface ImportColumn {
  /** The field key in its table ('accountId' for the practice key column of locations and users). */
  readonly key: string;
  readonly spec: FieldSpec;
}

const columnsOf = (table: Readonly<Record<string, FieldSpec>>, keys: readonly string[]): ImportColumn[] =>
  keys.map((key) => ({ key, spec: table[key] as FieldSpec }));

const practiceKeyColumn: ImportColumn = { key: PRACTICE_KEY, spec: practiceFieldTable.accountId };

/** The fields each file can fill, in the order the template writes them. */
export const importColumns: Readonly<Record<ImportKind, readonly ImportColumn[]>> = {
  practices: columnsOf(practiceFieldTable, practiceFields),
  locations: [practiceKeyColumn, ...columnsOf(locationFieldTable, locationFields)],
  users: [practiceKeyColumn, ...columnsOf(userFieldTable, userFields)],
};

/** What a person calls each file. */
export const kindWords: Readonly<Record<ImportKind, { title: string; file: string }>> = {
  practices: { title: 'Practices', file: 'practices file' },
  locations: { title: 'Locations', file: 'locations file' },
  users: { title: 'Users', file: 'users file' },
};

export const columnOf = (kind: ImportKind, key: string): ImportColumn | undefined =>
  importColumns[kind].find((c) => c.key === key);
