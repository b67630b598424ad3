import type { PracticeDetails, PracticeRecord, PracticeWriteResult } from '../types';
import { UpdoxError } from '../updox-error';
import { isAccountAbsent } from '../error-rules';

export interface CreateSteps {
  /** One PracticeCreate, never retried. */
  create: () => Promise<PracticeWriteResult>;
  /** PracticeGet (a read: safe to retry). */
  get: (accountId: string) => Promise<PracticeDetails>;
}

/** The account with this ID as Updox holds it now, or null when Updox has none. */
export async function findPractice(
  get: (accountId: string) => Promise<PracticeDetails>,
  accountId: string,
): Promise<PracticeDetails | null> {
  try {
    return await get(accountId);
  } catch (error) {
    if (isAccountAbsent(error)) return null;
    throw error;
  }
}

/**
 * The create-reconciliation rule, for a PracticeCreate that may already have been sent: no account with that ID
 * -> 'absent' (create it); one with the name sent -> 'ours' (the earlier create worked); another name -> 'taken'.
 */
export const reconcileCreate = (
  existing: { name: string } | null,
  sentName: string,
): 'absent' | 'ours' | 'taken' =>
  existing === null ? 'absent' : existing.name.trim() === sentName.trim() ? 'ours' : 'taken';

/**
 * PracticeCreate is not idempotent, so it is never repeated blind. When its answer is lost (timeout, dropped
 * connection, 5xx, an answer in a broken form), PracticeGet decides: the account exists with the name sent -> created (reconciled); it does not
 * exist -> create once more; it exists with another name -> a conflict.
 */
export async function createPracticeReconciling(
  steps: CreateSteps,
  record: PracticeRecord,
): Promise<PracticeWriteResult> {
  for (let round = 1; ; round++) {
    let lost: UpdoxError;
    try {
      return await steps.create();
    } catch (error) {
      if (!(error instanceof UpdoxError) || !error.outcomeUnknown) throw error;
      lost = error;
    }
    const existing = await lookUp(steps, record.accountId, lost);
    const reconciled = reconcileCreate(existing, record.name);
    if (reconciled === 'absent' || existing === null) {
      if (round >= 2) throw lost;
      continue;
    }
    if (reconciled === 'ours') return { accountId: existing.accountId, action: 'create', reconciled: true };
    throw new UpdoxError({
      kind: 'conflict',
      code: 4130,
      method: 'PracticeCreate',
      message: `An account with ID ${record.accountId} already exists under the name '${existing.name}'. Open it to review an update instead?`,
      fields: { accountId: `An account with ID ${record.accountId} already exists.` },
    });
  }
}

async function lookUp(
  steps: CreateSteps,
  accountId: string,
  lost: UpdoxError,
): Promise<PracticeDetails | null> {
  try {
    return await findPractice(steps.get, accountId);
  } catch (error) {
    throw new UpdoxError(
      {
        kind: lost.kind,
        method: 'PracticeCreate',
        message: `${lost.kind === 'timeout' ? 'Updox did not answer in time' : 'Updox did not give a usable answer'}, and we could not check whether account ${accountId} was created. Look for it in the account list before creating it again.`,
        ...(lost.httpStatus === undefined ? {} : { httpStatus: lost.httpStatus }),
      },
      { cause: error },
    );
  }
}
