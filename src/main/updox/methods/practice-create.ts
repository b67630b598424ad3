import type { PracticeDetails, PracticeRecord, PracticeWriteResult } from '../types';
import { UpdoxError } from '../updox-error';

export interface CreateSteps {
  /** One PracticeCreate, never retried. */
  create: () => Promise<PracticeWriteResult>;
  /** PracticeGet (a read: safe to retry). */
  get: (accountId: string) => Promise<PracticeDetails>;
}

/** PracticeGet codes that mean "no such account". */
const absentCodes: ReadonlySet<number> = new Set([4131, 4011]);

const sameName = (a: string, b: string): boolean => a.trim() === b.trim();

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
    if (existing === undefined) {
      if (round >= 2) throw lost;
      continue;
    }
    if (sameName(existing.name, record.name)) {
      return { accountId: existing.accountId, action: 'create', reconciled: true };
    }
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
): Promise<PracticeDetails | undefined> {
  try {
    return await steps.get(accountId);
  } catch (error) {
    if (error instanceof UpdoxError && error.code !== undefined && absentCodes.has(error.code))
      return undefined;
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
