import { z } from 'zod';
import type { FieldRule } from '../field-rules/field-rule';
import {
  storedChoice,
  storedFlag,
  storedText,
  typedChoice,
  typedFlag,
  typedText,
} from '../field-rules/zod-fields';

/**
 * The shape of a field table: one row per field of an entity, saying everything the app knows of that field. The
 * tables (practice-fields.ts, ...) are the one declaration; schemas, wire readers and writers, labels, the wizard's
 * steps, Review and the account panel are derived from them by the helpers below.
 */

/** The Updox API version a field is sent with: '1.1' fields go only to the /1.1 methods. */
export type ApiVersion = '1.0' | '1.1';

export interface WireSpec {
  /** The JSON key on the Updox wire. */
  readonly key: string;
  readonly api: ApiVersion;
  /** The public reference does not give this key (reference section 8): one edit here changes it everywhere. */
  readonly provisional?: true;
  /** The key Updox answers it under when that differs from the key it is sent under. */
  readonly readKey?: string;
  /** Sent, never answered (a password). */
  readonly writeOnly?: true;
}

/** What a field holds: text with a rule, one of a list, or yes/no. `blank` is the value of an absent field. */
export type FieldValueSpec =
  | { readonly kind: 'text'; readonly rule: (label: string) => FieldRule; readonly blank?: string }
  | {
      readonly kind: 'choice';
      readonly values: readonly [string, ...string[]];
      readonly example: string;
      readonly blank: string;
    }
  | { readonly kind: 'flag'; readonly blank: boolean };

/** Where a field's value comes from: typed by a person, kept as Updox holds it (written back), or only read. */
export type FieldSource = 'typed' | 'kept' | 'read';

/** How a stored value is shown: phones and ZIPs formatted, a state with its name, a time zone in words, yes/no. */
export type FieldDisplay = 'text' | 'phone' | 'zip' | 'state' | 'timeZone' | 'flag';

/** The input a form generates for the field. */
export interface FieldInputSpec {
  readonly control: 'text' | 'select' | 'check';
  readonly type?: 'text' | 'email' | 'tel' | 'url' | 'password';
  readonly inputMode?: 'numeric' | 'tel';
  readonly hint?: string;
  /** Consecutive fields with the same row sit side by side. */
  readonly row?: string;
}

/**
 * A field's part in SMS readiness (shared/domain/sms-readiness.ts): required for verification, checked only when
 * present, the website (the partner's stands in when blank), or none.
 */
export type SmsRole = 'required' | 'when-present' | 'website' | 'none';

export interface FieldSpec {
  readonly label: string;
  /** null: the field never goes to Updox (the partner's details are the app's own). */
  readonly wire: WireSpec | null;
  readonly value: FieldValueSpec;
  readonly source: FieldSource;
  /** The wizard step that asks for it; null when no step does. */
  readonly step: number | null;
  readonly display: FieldDisplay;
  readonly input?: FieldInputSpec;
  /** Required in forms (marked "(required)"). */
  readonly required?: true;
  /** Shown on the account's record panel. */
  readonly panel: boolean;
  readonly sms: SmsRole;
  /** Spreadsheet column headers that mean this field (bulk import), the first one is what an export writes. */
  readonly csv: readonly [string, ...string[]];
}

export type FieldTable = Readonly<Record<string, FieldSpec>>;

/** The value type of one field: yes/no is a boolean, everything else a string ('' when absent). */
export type ValueOf<S extends FieldSpec> = S['value'] extends { kind: 'flag' } ? boolean : string;

/** The fields of a table that match `Cond`. */
export type FieldsWhere<T extends FieldTable, Cond> = {
  [K in keyof T]: T[K] extends Cond ? K : never;
}[keyof T] &
  string;

/** A record of the given fields with their value types. */
export type ValuesOf<T extends FieldTable, K extends keyof T = keyof T> = {
  -readonly [F in K]: ValueOf<T[F]>;
};

export const fieldKeys = <T extends FieldTable>(table: T): (keyof T & string)[] => Object.keys(table);

/** The table's field keys whose row passes `test`, in table order. */
export const fieldsWhere = <T extends FieldTable, K extends keyof T & string>(
  table: T,
  test: (spec: FieldSpec, key: string) => boolean,
): K[] => fieldKeys(table).filter((k) => test(table[k] as FieldSpec, k)) as K[];

export const labelsOf = <T extends FieldTable>(table: T): { readonly [K in keyof T]: T[K]['label'] } =>
  Object.fromEntries(fieldKeys(table).map((k) => [k, table[k]?.label])) as {
    readonly [K in keyof T]: T[K]['label'];
  };

/** The value of an absent field. */
export const blankOf = (spec: FieldSpec): string | boolean =>
  spec.value.kind === 'flag' ? spec.value.blank : (spec.value.blank ?? '');

type Stored<S extends FieldSpec> = z.ZodType<ValueOf<S>>;
/** What a form may hold for a field before it is normalized: yes/no also as "true"/"false"; absent. */
type TypedInput<S extends FieldSpec> = S['value'] extends { kind: 'flag' }
  ? boolean | 'true' | 'false' | null | undefined
  : string | null | undefined;
type Typed<S extends FieldSpec> = z.ZodType<ValueOf<S>, TypedInput<S>>;

type AnyStored = z.ZodType<string | boolean>;
type AnyTyped = z.ZodType<string | boolean, string | boolean | null | undefined>;

/** The stored form of one field: taken as is, rejected with a message naming the field and its rule. */
const storedSchemaOf = (spec: FieldSpec): AnyStored => {
  const v = spec.value;
  if (v.kind === 'flag') return storedFlag(spec.label);
  if (v.kind === 'choice') return storedChoice(spec.label, v.values, v.example);
  return storedText(v.rule(spec.label));
};

/** One field as a person types it: normalized to the stored form (absent = its blank value), then checked. */
const typedSchemaOf = (spec: FieldSpec): AnyTyped => {
  const v = spec.value;
  if (v.kind === 'flag') return typedFlag(spec.label, v.blank);
  if (v.kind === 'choice') return typedChoice(spec.label, v.values, v.example, v.blank);
  return typedText(v.rule(spec.label));
};

/** Any value of the field's type, unchecked (a view of what Updox holds, a draft's raw text). */
const looseSchemaOf = (spec: FieldSpec, text: z.ZodString = z.string()): AnyStored =>
  spec.value.kind === 'flag' ? z.boolean() : text;

const shapeOf = <T extends FieldTable, K extends keyof T & string, Z>(
  table: T,
  keys: readonly K[],
  schema: (spec: FieldSpec) => Z,
) => Object.fromEntries(keys.map((k) => [k, schema(table[k] as FieldSpec)]));

/** A zod shape of the given fields in stored form. */
export const storedShapeOf = <T extends FieldTable, K extends keyof T & string>(
  table: T,
  keys: readonly K[],
) => shapeOf(table, keys, storedSchemaOf) as { [F in K]: Stored<T[F]> };

/** A zod shape of the given fields as typed. */
export const typedShapeOf = <T extends FieldTable, K extends keyof T & string>(
  table: T,
  keys: readonly K[],
) => shapeOf(table, keys, typedSchemaOf) as { [F in K]: Typed<T[F]> };

/** A zod shape of the given fields, unchecked (strings of at most `text`'s length, booleans). */
export const looseShapeOf = <T extends FieldTable, K extends keyof T & string>(
  table: T,
  keys: readonly K[],
  text: z.ZodString = z.string(),
) => shapeOf(table, keys, (spec) => looseSchemaOf(spec, text)) as { [F in K]: Stored<T[F]> };

/**
 * A zod shape of the given fields as a draft keeps them: unchecked like `looseShapeOf`, and a field the draft does
 * not have yet (saved before the field was added to its table) takes its blank value, so the draft still opens.
 */
export const draftShapeOf = <T extends FieldTable, K extends keyof T & string>(
  table: T,
  keys: readonly K[],
  text: z.ZodString = z.string(),
) =>
  shapeOf(table, keys, (spec) => looseSchemaOf(spec, text).default(blankOf(spec))) as {
    [F in K]: z.ZodDefault<Stored<T[F]>>;
  };

/** The given fields of a record, in table order (a record of another type holding at least those fields). */
export const pickFields = <T extends FieldTable, K extends keyof T & string>(
  _table: T,
  keys: readonly K[],
  from: { readonly [F in K]: ValueOf<T[F]> },
): ValuesOf<T, K> => Object.fromEntries(keys.map((k) => [k, from[k]])) as ValuesOf<T, K>;

/** The fields' blank values. */
export const blanksOf = <T extends FieldTable, K extends keyof T & string>(
  table: T,
  keys: readonly K[],
): ValuesOf<T, K> => Object.fromEntries(keys.map((k) => [k, blankOf(table[k])])) as ValuesOf<T, K>;
