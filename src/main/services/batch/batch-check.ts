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
 * The batch's own rule on top of the wizard's: one account per batch. A second row (not left out) with the same
 * Account ID names the line of the first.
 */
export const duplicateAccountProblems = (batch: BatchData): Map<number, FieldProblems> => {
  const first = new Map<string, number>();
  const problems = new Map<number, FieldProblems>();
  batch.rows.forEach((state, index) => {
    if (state.excluded) return;
    const key = accountKey(state.row.practice.accountId);
    if (key === '') return;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, index);
      return;
    }
    const line = batch.rows[earlier]?.row.line ?? 0;
    problems.set(index, {
      'practice.accountId': `Account ID ${state.row.practice.accountId.trim()} is also on line ${line}: each account once per batch. Change it or leave one of the rows out.`,
    });
  });
  return problems;
};
