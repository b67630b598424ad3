import { z } from 'zod';
import type { FieldSpec, FieldTable, WireSpec } from '../../../shared/domain/fields/field-spec';
import { wireBool, wireString } from './primitives';

/**
 * Reading and writing an entity on the Updox wire from its field table: each field under its wire key (answered
 * under `readKey` where that differs). The practice, location and user wire modules are built from these.
 */

type WiredSpec = FieldSpec & { readonly wire: WireSpec };

const wiredSpec = (table: FieldTable, field: string): WiredSpec => {
  const spec = table[field];
  if (!spec?.wire) throw new Error(`Field ${field} has no Updox wire key.`);
  return { ...spec, wire: spec.wire };
};

/** The key a field is answered under. */
const readKeyOf = (table: FieldTable, field: string): string => {
  const { wire } = wiredSpec(table, field);
  return wire.readKey ?? wire.key;
};

/** App field names by the wire keys that differ from them (for naming fields in Updox's messages). */
export const wireToAppOf = (table: FieldTable, fields: readonly string[]): Readonly<Record<string, string>> =>
  Object.fromEntries(
    fields.flatMap((f) => {
      const key = wiredSpec(table, f).wire.key;
      return key === f ? [] : [[key, f]];
    }),
  );

/** A write's body: each given field under its wire key (write-only fields only when they hold a value). */
export const writeBodyOf = <K extends string>(
  table: FieldTable,
  fields: readonly K[],
  record: { readonly [F in K]?: string | boolean | undefined },
): Record<string, unknown> =>
  Object.fromEntries(
    fields.flatMap((f) => {
      const { wire } = wiredSpec(table, f);
      const value = record[f];
      return wire.writeOnly && (value === undefined || value === '') ? [] : [[wire.key, value]];
    }),
  );

/**
 * A tolerant reader of one field: text '' when absent, yes/no as the table's blank when absent (or `absentFlag`,
 * where the entity's Updox answers mean something else by a missing flag).
 */
const wireReaderOf = (spec: FieldSpec, absentFlag?: boolean) =>
  spec.value.kind === 'flag' ? wireBool(absentFlag ?? spec.value.blank) : wireString;

/**
 * The zod shape reading the given fields off an Updox answer, keyed by the wire's read keys; `readAs` replaces the
 * reader of a field that is not text or yes/no on the wire (a number).
 */
export const readShapeOf = (
  table: FieldTable,
  fields: readonly string[],
  readAs: Readonly<Record<string, z.ZodType>> = {},
  absentFlag?: boolean,
): Record<string, z.ZodType> =>
  Object.fromEntries(
    fields.map((f) => [readKeyOf(table, f), readAs[f] ?? wireReaderOf(wiredSpec(table, f), absentFlag)]),
  );

/** An answer read with `readShapeOf`, renamed from the wire's read keys to the app's field names. */
export const appNamesOf = (
  table: FieldTable,
  fields: readonly string[],
  item: Readonly<Record<string, unknown>>,
): Record<string, unknown> => Object.fromEntries(fields.map((f) => [f, item[readKeyOf(table, f)]]));
