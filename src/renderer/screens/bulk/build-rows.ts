import type { BatchPracticeRow } from '../../../shared/contract/batch';
import {
  DRAFT_ROWS_MAX,
  DRAFT_TEXT_MAX,
  draftLocationSchema,
  draftPracticeSchema,
  draftUserSchema,
  type DraftLocation,
  type DraftPractice,
  type DraftUser,
} from '../../../shared/contract/onboarding-record';
import { blankOf, type FieldSpec } from '../../../shared/domain/fields/field-spec';
import type { CsvRecord } from './csv-parse';
import type { ColumnMapping } from './header-match';
import { columnOf, kindWords, PRACTICE_KEY, type ImportKind } from './import-kinds';
import type { ImportNote } from './import-notes';
import { suggestTimeZone } from '../../../shared/domain/state-time-zone';

/** One file as read and mapped. */
export interface MappedFile {
  readonly kind: ImportKind;
  readonly records: readonly CsvRecord[];
  readonly mapping: ColumnMapping;
}

export interface BuiltRows {
  readonly rows: BatchPracticeRow[];
  readonly notes: ImportNote[];
  /** Rows to leave out of the batch at once (a practice a second time), by index. */
  readonly excluded: number[];
}

const yes = new Set(['yes', 'y', 'true', '1', 'x', 'on']);
const no = new Set(['no', 'n', 'false', '0', 'off']);

/** The values of one record, by field key, as a draft keeps them (text as typed, yes/no as booleans). */
const valuesOf = (
  file: MappedFile,
  record: CsvRecord,
  notes: ImportNote[],
): Record<string, string | boolean> => {
  const values: Record<string, string | boolean> = {};
  file.mapping.forEach((key, column) => {
    if (key === null) return;
    const spec: FieldSpec | undefined = columnOf(file.kind, key)?.spec;
    if (!spec) return;
    const cell = record.cells[column] ?? '';
    const note = (message: string) =>
      notes.push({ kind: file.kind, line: record.line, column: spec.label, message, effect: 'kept' });
    if (spec.value.kind === 'flag') {
      const word = cell.trim().toLowerCase();
      if (word === '') values[key] = blankOf(spec);
      else if (yes.has(word)) values[key] = true;
      else if (no.has(word)) values[key] = false;
      else {
        values[key] = blankOf(spec);
        note(`'${cell.trim()}' is not yes or no; read as ${blankOf(spec) ? 'yes' : 'no'}.`);
      }
      return;
    }
    if (cell.length > DRAFT_TEXT_MAX) {
      values[key] = cell.slice(0, DRAFT_TEXT_MAX);
      note(`Longer than ${DRAFT_TEXT_MAX} characters; only the first ${DRAFT_TEXT_MAX} were kept.`);
      return;
    }
    values[key] = cell;
  });
  return values;
};

/**
 * The draft shapes' blank records, from their zod schemas (each field's blank value). A row is a blank record with
 * the file's cells over it: every cell is a string, yes/no cells are read as booleans and text is cut to the draft's
 * limit above, so the row has the draft's shape by construction (the unit tests parse it with batchPracticeRowSchema;
 * main parses every row of batch.create again). No zod parse per row: 10,000 rows are read in the worker at once.
 */
const blanks = {
  practice: draftPracticeSchema.parse({}),
  location: draftLocationSchema.parse({ key: 'blank', fixed: false }),
  user: draftUserSchema.parse({ key: 'blank' }),
};
const over = <T extends object>(blank: T, values: Readonly<Record<string, string | boolean>>): T =>
  Object.assign({}, blank, values);

const idOf = (accountId: string | boolean | undefined): string =>
  typeof accountId === 'string' ? accountId.trim().toLowerCase() : '';

/**
 * As in the wizard, a practice whose file gives no time zone gets the one its state suggests: without it Updox
 * would keep UTC (Zulu) for a practice in Ohio. A time zone the file gives is kept as it is.
 */
const withSuggestedTimeZone = (
  practice: DraftPractice,
  values: Readonly<Record<string, string | boolean>>,
): DraftPractice => {
  const given = values.timeZone;
  if (typeof given === 'string' && given.trim() !== '') return practice;
  const zone = suggestTimeZone(practice.state);
  return zone ? { ...practice, timeZone: zone } : { ...practice, timeZone: blanks.practice.timeZone };
};

/**
 * Each practice of the practices file with its locations and users (matched by Account ID, case and outer spaces
 * ignored), in the draft shapes the wizard keeps: a bad value is kept exactly, to be shown and fixed. A location or
 * user whose Account ID is not in the practices file is named by its file and line and not kept; a practice that
 * comes a second time is kept but left out.
 */
export const buildRows = (
  practices: MappedFile,
  locations: MappedFile | null,
  users: MappedFile | null,
): BuiltRows => {
  const notes: ImportNote[] = [];
  const rows: BatchPracticeRow[] = [];
  const excluded: number[] = [];
  const byId = new Map<string, number>();
  for (const record of practices.records) {
    const values = valuesOf(practices, record, notes);
    const practice: DraftPractice = withSuggestedTimeZone(over(blanks.practice, values), values);
    const row: BatchPracticeRow = { line: record.line, practice, locations: [], users: [] };
    const id = idOf(values[PRACTICE_KEY]);
    const first = id === '' ? undefined : byId.get(id);
    if (first !== undefined) {
      excluded.push(rows.length);
      notes.push({
        kind: 'practices',
        line: record.line,
        column: 'Account ID',
        message: `${row.practice.accountId.trim()} is already on line ${rows[first]?.line}; this line is left out.`,
        effect: 'excluded',
      });
    } else if (id !== '') byId.set(id, rows.length);
    rows.push(row);
  }
  const attach = (
    file: MappedFile | null,
    add: (row: BatchPracticeRow, values: Record<string, string | boolean>, line: number) => number,
  ) => {
    if (!file) return;
    for (const record of file.records) {
      const values = valuesOf(file, record, notes);
      const id = idOf(values[PRACTICE_KEY]);
      const index = byId.get(id);
      const row = index === undefined ? undefined : rows[index];
      const drop = (message: string) =>
        notes.push({ kind: file.kind, line: record.line, column: 'Account ID', message, effect: 'dropped' });
      if (id === '')
        drop(
          `No Account ID: this ${file.kind === 'locations' ? 'location' : 'user'} belongs to no practice, so it was not imported.`,
        );
      else if (!row)
        drop(
          `${String(values[PRACTICE_KEY]).trim()} is not in the ${kindWords.practices.file}. Add the practice there or correct the Account ID, then import again.`,
        );
      else if (add(row, values, record.line) > DRAFT_ROWS_MAX)
        drop(
          `Practice ${row.practice.accountId.trim()} already has ${DRAFT_ROWS_MAX}, the most one practice can take here; this line was not imported.`,
        );
    }
  };
  attach(locations, (row, values, line) => {
    if (row.locations.length >= DRAFT_ROWS_MAX) return DRAFT_ROWS_MAX + 1;
    const { [PRACTICE_KEY]: _account, ...fields } = values;
    const code = typeof fields.code === 'string' ? fields.code.trim() : '';
    // As in the wizard, the Location ID follows the code unless the file gives one.
    if ((fields.externalId ?? '') === '' && code !== '') fields.externalId = `loc-${code}`;
    const location: DraftLocation = over(blanks.location, { ...fields, key: `l${line}`, fixed: false });
    row.locations.push({ ...location, line });
    return row.locations.length;
  });
  attach(users, (row, values, line) => {
    if (row.users.length >= DRAFT_ROWS_MAX) return DRAFT_ROWS_MAX + 1;
    const { [PRACTICE_KEY]: _account, password, ...fields } = values;
    const withPassword = typeof password === 'string' && password !== '' ? { password } : {};
    const user: DraftUser = over(blanks.user, { ...fields, key: `u${line}` });
    row.users.push({ ...user, ...withPassword, line });
    return row.users.length;
  });
  return { rows, notes, excluded };
};
