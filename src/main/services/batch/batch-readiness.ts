import Papa from 'papaparse';
import { missingAccountFields, type MissingAccountField } from '../../../shared/contract/business';
import { draftPracticeSchema } from '../../../shared/contract/onboarding-record';
import type { BatchPracticeRow } from '../../../shared/contract/batch';
import type { FieldProblems } from '../../../shared/domain/field-problems';
import { practiceFieldTable } from '../../../shared/domain/fields/practice-fields';
import { practiceTypedShape } from '../../../shared/domain/practice';
import { AppError, type AppErrorData } from '../../../shared/errors';
import type { UpdoxClient } from '../../updox/client';
import { isAccountAbsent, isTransient } from '../../updox/error-rules';
import { changesAccount, mergeAccountChanges } from '../business/missing-info';
import { sendRowOnce, submissionDepsFor, type RowAttempt, type RowSendDeps } from './batch-send';
import type { OpenBatch } from './batch-store';

/**
 * The bulk readiness fix: a batch of a second kind, whose rows are the Missing Business Info form filled in a
 * spreadsheet (the file business.exportIncomplete gives, filled). A row is one practice's account fields; sending
 * it is what the form's submit does for the account (PracticeGet, those fields changed, PracticeSave/1.1 with the
 * whole record), so a row sent twice (a resume after a crash) writes the same record again and nothing else.
 */
export type ReadinessValues = Partial<Record<MissingAccountField, string>>;

const MAX_CSV_CHARS = 5_000_000;
const fold = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Header (case and punctuation ignored) → field, from the practice field table's CSV names. */
const headerFields = new Map<string, MissingAccountField | 'accountId'>(
  (['accountId', ...missingAccountFields] as const).flatMap((field) =>
    practiceFieldTable[field].csv.map((name) => [fold(name), field] as const),
  ),
);

/** Fields a complete practice may not leave blank (Address line 2 never counts; a website may be the partner's). */
const requiredFields = new Set<MissingAccountField>([
  'name',
  'address1',
  'city',
  'state',
  'postal',
  'countryCode',
]);

const problem = (message: string, fields: Record<string, string> = {}): AppError =>
  new AppError({ kind: 'validation', message, fields });

/**
 * The filled file as batch rows: each row's Account ID and the account fields of the file's columns (the others
 * are left as Updox holds them). Refuses, naming the column or line, a file without an Account ID column, without
 * any field column, or without rows.
 */
export const readinessRowsFromCsv = (
  csv: string,
): { fields: MissingAccountField[]; rows: BatchPracticeRow[] } => {
  if (csv.length > MAX_CSV_CHARS)
    throw problem('The file is too large (at most 5 MB). Split it and import each part.');
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transform: (value) => value.trim(),
  });
  const headers = parsed.meta.fields ?? [];
  const byField = new Map<string, string>();
  for (const header of headers) {
    const field = headerFields.get(fold(header));
    if (field && !byField.has(field)) byField.set(field, header);
  }
  const idHeader = byField.get('accountId');
  if (!idHeader)
    throw problem(
      'The file has no Account ID column. Export the incomplete accounts again and fill that file.',
      {
        file: 'Needs an "Account ID" column.',
      },
    );
  const fields = missingAccountFields.filter((f) => byField.has(f));
  if (fields.length === 0)
    throw problem(
      'The file has no column of SMS business details (for example Address line 1, City, ZIP code). Export the incomplete accounts again and fill that file.',
    );
  const rows = parsed.data.map((record, n): BatchPracticeRow => {
    const values: Record<string, string> = { accountId: record[idHeader] ?? '' };
    for (const f of fields) values[f] = record[byField.get(f)!] ?? '';
    return { line: n + 2, practice: draftPracticeSchema.parse(values), locations: [], users: [] };
  });
  if (rows.length === 0)
    throw problem('The file has no rows under its headers. Fill in the exported file and import it.');
  return { fields, rows };
};

export type ReadinessCheck = { ok: true; values: ReadinessValues } | { ok: false; problems: FieldProblems };

/** A row checked with the Missing Business Info form's rules (the practice field table's): a gap left is named. */
export const checkReadinessRow = (
  row: BatchPracticeRow,
  fields: readonly MissingAccountField[],
): ReadinessCheck => {
  const problems: FieldProblems = {};
  const values: ReadinessValues = {};
  if (row.practice.accountId.trim() === '')
    problems['practice.accountId'] = 'Account ID is required: it says which practice the row fills in.';
  for (const field of fields) {
    const raw = String(row.practice[field] ?? '');
    const label = practiceFieldTable[field].label;
    if (raw.trim() === '' && requiredFields.has(field)) {
      problems[`practice.${field}`] = `${label} is still empty: SMS verification needs it.`;
      continue;
    }
    const parsed = practiceTypedShape[field].safeParse(raw);
    if (!parsed.success)
      problems[`practice.${field}`] = parsed.error.issues[0]?.message ?? `${label} is not valid.`;
    else values[field] = String(parsed.data);
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, values };
};

const errorData = (error: unknown): AppErrorData =>
  error instanceof AppError ? error.toData() : { kind: 'internal', message: 'The row was not sent.' };

/**
 * Sends one readiness row once: PracticeGet, then PracticeSave/1.1 with only the file's fields changed ('updated'),
 * or nothing when Updox already holds those values ('skipped'). A lost connection is 'transient' (the runner tries
 * again, then leaves the row to resume); an account Updox does not hold, or a refusal, is 'failed'.
 */
export const sendReadinessRowOnce = async (
  client: UpdoxClient,
  accountId: string,
  values: ReadinessValues,
): Promise<RowAttempt> => {
  try {
    const current = await client.practiceGet(accountId);
    if (!changesAccount(current, values))
      return {
        kind: 'skipped',
        error: {
          kind: 'conflict',
          message: `Updox already holds these details for ${accountId}: nothing was sent.`,
        },
      };
    await client.practiceSave(mergeAccountChanges(current, values), { version: '1.1' });
    return { kind: 'updated', error: null };
  } catch (error) {
    if (isTransient(error)) return { kind: 'transient', error: error.toData() };
    if (isAccountAbsent(error))
      return {
        kind: 'failed',
        error: { ...error.toData(), message: `Updox has no account ${accountId}: nothing was sent.` },
      };
    return { kind: 'failed', error: errorData(error) };
  }
};

/** The runner's sender for every kind: a practices row through the submission runner, a readiness row as above. */
export const sendAnyRow = (batch: OpenBatch, index: number, send: RowSendDeps): Promise<RowAttempt> => {
  if (batch.data.kind === 'practices') return sendRowOnce(batch, index, submissionDepsFor(batch, send));
  const row = batch.data.rows[index]!.row;
  const checked = checkReadinessRow(row, batch.data.fields);
  if (!checked.ok) throw new Error(`Row ${index} cannot be sent.`);
  return sendReadinessRowOnce(send.client, row.practice.accountId.trim(), checked.values);
};
