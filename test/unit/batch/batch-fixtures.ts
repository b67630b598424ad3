import type { BatchPracticeRow } from '../../../src/shared/contract/batch';
import { GOOD_PASSWORD, validDraft } from '../onboarding/wizard-fixtures';

/**
 * A good batch row for `accountId` (as a spreadsheet would give it: the wizard's valid draft, one location, one
 * user with a password), on `line` of the practices file.
 */
export const goodRow = (
  accountId: string,
  line: number,
  name = `Practice ${accountId}`,
): BatchPracticeRow => {
  const draft = validDraft(accountId, name);
  const location = draft.locations.find((l) => !l.fixed)!;
  const user = draft.users[0]!;
  return {
    line,
    practice: draft.practice,
    locations: [{ ...location, line }],
    users: [{ ...user, line, password: GOOD_PASSWORD }],
  };
};

/** A practice with no location and one user: the fewest calls (PracticeGet, PracticeCreate, UserSave). */
export const leanRow = (accountId: string, line: number): BatchPracticeRow => ({
  ...goodRow(accountId, line),
  locations: [],
});

/** `n` lean rows, account IDs `<prefix>-0001`..., lines 2.... */
export const leanRows = (prefix: string, n: number): BatchPracticeRow[] =>
  Array.from({ length: n }, (_, i) => leanRow(`${prefix}-${String(i + 1).padStart(4, '0')}`, i + 2));
