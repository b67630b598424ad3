import { z } from 'zod';
import { looseShapeOf } from '../../../shared/domain/fields/field-spec';
import {
  practiceFieldTable as table,
  practiceRecordFields,
} from '../../../shared/domain/fields/practice-fields';
import type { PracticeDetails, PracticeRecord, PracticeVersion, PracticeWriteResult } from '../types';
import { wireBool, wireString } from './primitives';

/**
 * The practice on the Updox wire (reference 4.2), read and written from the practice field table: each field under
 * its wire key, the /1.1 ones (provisional keys) only with the /1.1 methods.
 */

type Field = keyof typeof table;
const specOf = (field: Field) => table[field];
const allFields = Object.keys(table) as Field[];
const isV11 = (field: Field): boolean => specOf(field).wire.api === '1.1';

/** App field names by the wire keys that differ from them (for naming fields in Updox's messages). */
export const practiceWireToApp: Readonly<Record<string, string>> = Object.fromEntries(
  allFields.filter((f) => specOf(f).wire.key !== f).map((f) => [specOf(f).wire.key, f]),
);

/** Every field of a PracticeRecord, for checking that a record is whole before it replaces one on Updox. */
export const practiceRecordSchema = z.object(looseShapeOf(table, practiceRecordFields));

/** The request body for PracticeCreate/Update/Save: every field, always (`active` too: omitted means false). */
export function practiceRequestBody(
  record: PracticeRecord,
  version: PracticeVersion,
): Record<string, unknown> {
  const sent = practiceRecordFields.filter((f) => version === '1.1' || !isV11(f));
  return Object.fromEntries(sent.map((f) => [specOf(f).wire.key, record[f]]));
}

/** Reads one field off the wire: strings '' when absent, yes/no false when absent (as Updox means it). */
const wireValue = (field: Field) => (specOf(field).value.kind === 'flag' ? wireBool(false) : wireString);
/** One reader per field, built once (a schema built per record cost more than the parse itself). */
const readers = new Map(allFields.map((f) => [f, wireValue(f)] as const));
const readerOf = (field: Field) => readers.get(field) ?? wireString;

const v10Fields = allFields.filter((f) => !isV11(f));
const v11Fields = allFields.filter(isV11);

const practiceItemSchema = z.looseObject({
  ...Object.fromEntries(v10Fields.map((f) => [specOf(f).wire.key, readerOf(f)])),
  [specOf('accountId').wire.key]: z.string().min(1),
});

const practiceItem = practiceItemSchema.transform((item): PracticeDetails => {
  // The /1.1 fields: when Updox sent none of them they read as '' and must not be sent back blindly.
  const returned = v11Fields.some((f) => Object.hasOwn(item, specOf(f).wire.key));
  // The /1.0 fields were read by the item schema; the /1.1 ones (not in it, so the answer of /1.0 methods passes)
  // are read here.
  const values = Object.fromEntries([
    ...v10Fields.map((f) => [f, item[specOf(f).wire.key]]),
    ...v11Fields.map((f) => [f, readerOf(f).parse(item[specOf(f).wire.key])]),
  ]);
  return {
    ...(values as Omit<PracticeDetails, 'version11FieldsReturned'>),
    version11FieldsReturned: returned,
  };
});

export const practiceGetResponse = z.object({ practice: practiceItem }).transform((r) => r.practice);
export const practiceListResponse = z
  .object({ practiceList: z.array(practiceItem) })
  .transform((r) => r.practiceList);

/** PracticeCreate/Update/Save answers: accountId and action, which the reference marks partly inferred. */
export const practiceWriteResponse = (sentAccountId: string, defaultAction: PracticeWriteResult['action']) =>
  z.object({ accountId: wireString, action: wireString }).transform((r): PracticeWriteResult => {
    const action = r.action.toLowerCase();
    return {
      accountId: r.accountId === '' ? sentAccountId : r.accountId,
      action: action === 'create' || action === 'update' ? action : defaultAction,
      reconciled: false,
    };
  });
