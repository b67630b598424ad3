import type { BatchPracticeRow } from '../../../shared/contract/batch';
import { checkWizardRecord } from '../../../shared/contract/onboarding-record';
import type { FieldProblems } from '../../../shared/domain/field-problems';

/**
 * A row's problems, by the wizard's one check (`checkWizardRecord`) on the row as a new practice's draft: the same
 * rules, the same keys ('practice.postal', 'locations.0.phone', 'users.1.password', 'users') and the same words.
 */
export const checkRow = (row: BatchPracticeRow): FieldProblems => {
  const passwords = new Map(row.users.map((u) => [u.key, u.password ?? '']));
  const checked = checkWizardRecord(
    {
      submitMode: 'create',
      step: 7,
      practice: row.practice,
      locations: row.locations.map(({ line: _line, ...location }) => location),
      users: row.users.map(({ line: _line, password: _password, ...user }) => user),
      baseline: null,
    },
    (key) => passwords.get(key) ?? '',
  );
  return checked.ok ? {} : checked.problems;
};
