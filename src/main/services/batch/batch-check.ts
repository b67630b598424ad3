import type { BatchMode, BatchPracticeRow } from '../../../shared/contract/batch';
import {
  checkWizardRecord,
  type WizardDraftData,
  type WizardRecord,
} from '../../../shared/contract/onboarding-record';
import type { FieldProblems } from '../../../shared/domain/field-problems';
import type { BatchData } from './batch-journal';

/** A batch row in the wizard's draft form (its line numbers and passwords set aside). */
export const draftDataOf = (row: BatchPracticeRow, mode: BatchMode): WizardDraftData => ({
  submitMode: mode,
  step: 7,
  practice: row.practice,
  locations: row.locations.map(({ line: _line, ...location }) => location),
  users: row.users.map(({ line: _line, password: _password, ...user }) => user),
  baseline: null,
});

export type PracticeRowCheck = { ok: true; record: WizardRecord } | { ok: false; problems: FieldProblems };
/** A row of any batch: a readiness row has no wizard record (only some account fields), so it checks to null. */
export type RowCheck = PracticeRowCheck | { ok: true; record: null };

/** A row checked with the wizard's one check (`checkWizardRecord`): the same rules, no second copy. */
export const checkRow = (
  row: BatchPracticeRow,
  mode: BatchMode,
  passwordOf: (userKey: string) => string,
): PracticeRowCheck => checkWizardRecord(draftDataOf(row, mode), passwordOf);

const accountKey = (accountId: string) => accountId.trim().toLowerCase();

/**
 * The batch's own rule on top of the wizard's: one account per batch. A later row with the Account ID of a row
 * not left out names that row's line; a row left out says it too (why it was left out), but is never the first.
 */
export const duplicateAccountProblems = (batch: BatchData): Map<number, FieldProblems> => {
  const first = new Map<string, number>();
  batch.rows.forEach((state, index) => {
    const key = accountKey(state.row.practice.accountId);
    if (!state.excluded && key !== '' && !first.has(key)) first.set(key, index);
  });
  const problems = new Map<number, FieldProblems>();
  batch.rows.forEach((state, index) => {
    const key = accountKey(state.row.practice.accountId);
    if (key === '') return;
    const earlier = first.get(key);
    if (earlier === undefined || earlier === index) return;
    const line = batch.rows[earlier]?.row.line ?? 0;
    const id = state.row.practice.accountId.trim();
    problems.set(index, {
      'practice.accountId': state.excluded
        ? `Account ID ${id} is also on line ${line}: each account once per batch, so this row is left out.`
        : `Account ID ${id} is also on line ${line}: each account once per batch. Change it or leave one of the rows out.`,
    });
  });
  return problems;
};
