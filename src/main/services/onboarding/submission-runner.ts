import { AppError, type AppErrorData } from '../../../shared/errors';
import type { UpdoxClient } from '../../updox/client';
import type { ConnectionMonitor } from '../connection/connection-monitor';
import type { Outbox } from '../outbox/outbox-store';
import type { OutboxItem } from '../outbox/outbox-schema';
import { practiceRecordFor, type SubmissionPayload } from './submission-payload';
import type { SubmissionProgress } from './submission-progress';
import { prefixFields, sendLocations, sendUsers, StepFailure } from './submission-rows';
import { isTransient } from '../../updox/error-rules';
import { findPractice, reconcileCreate } from '../../updox/methods/practice-create';
import type { UserPasswordVault } from './user-password-vault';

export type SubmissionItem = OutboxItem<SubmissionPayload>;

/** What the runner needs of a journal of submissions: the outbox, or a bulk batch's journal (one item a row). */
export type SubmissionJournal = Pick<Outbox<SubmissionPayload>, 'get' | 'update' | 'completeStep'>;

export interface SubmissionDeps {
  outbox: SubmissionJournal;
  passwords: Pick<UserPasswordVault, 'get' | 'stamp'>;
  /** A client for the item's own environment; throws (not-found, auth) when it was removed or has no credentials. */
  client: (environmentId: string) => Promise<UpdoxClient>;
  /** Why an item may not be sent now (a Production item never confirmed), or null. */
  holdReason: (item: SubmissionItem, confirmedNow: boolean) => AppErrorData | null;
  /** Whether an environment is the active one (only its reachability is shown in the top bar). */
  isActive: (environmentId: string) => boolean;
  connection: ConnectionMonitor;
  /** What each location and user did, by outbox item: the row-level part of the journal. */
  progress: Pick<SubmissionProgress, 'savedKeys' | 'record'>;
  /** Called once an item is done (the draft and its passwords are no longer needed). */
  onDone: (item: SubmissionItem) => Promise<void>;
  /** Told what the reconciling PracticeGet found before the practice is written (a batch says created or updated). */
  onPracticeFound?: (item: SubmissionItem, existed: boolean) => Promise<void>;
}

/**
 * Sends one submission: practice, then locations, then users, each step recorded in the outbox the moment it is
 * done, so a retry (or a restart after a crash) sends only what is left. Never throws: the item's status says how
 * it ended ('done', 'queued' again when Updox was unreachable, or 'failed' with lastError).
 */
export async function runSubmission(
  deps: SubmissionDeps,
  id: string,
  confirmedNow = false,
): Promise<SubmissionItem> {
  const { outbox } = deps;
  let item = outbox.get(id);
  if (item.status === 'done') return item;
  // Every item goes to its own environment. One that cannot (removed, no credentials, Production not confirmed)
  // waits, saying why, and is never sent anywhere else.
  const held = deps.holdReason(item, confirmedNow);
  if (held)
    return outbox.update(id, { status: item.status === 'failed' ? 'failed' : 'queued', lastError: held });
  let client: UpdoxClient;
  try {
    client = await deps.client(item.payload.environmentId);
  } catch (error) {
    const data =
      error instanceof AppError
        ? error.toData()
        : { kind: 'internal' as const, message: 'The environment of this submission could not be used.' };
    return outbox.update(id, { status: item.status === 'failed' ? 'failed' : 'queued', lastError: data });
  }
  const active = deps.isActive(item.payload.environmentId);
  item = await outbox.update(id, { status: 'sending' });
  try {
    if (!item.completedSteps.includes('practice')) {
      item = await sendPractice(deps, client, item);
      item = await outbox.completeStep(id, 'practice');
    }
    if (!item.completedSteps.includes('locations')) {
      await sendLocations(deps.progress, client, item);
      item = await outbox.completeStep(id, 'locations');
    }
    if (!item.completedSteps.includes('users')) {
      await sendUsers(deps, client, item);
      item = await outbox.completeStep(id, 'users');
    }
    item = await outbox.update(id, { status: 'done', lastError: null });
    if (active) deps.connection.report('online');
    await deps.onDone(item);
    return item;
  } catch (error) {
    if (isTransient(error)) {
      if (active) deps.connection.report('unreachable');
      return outbox.update(id, { status: 'queued', lastError: error.toData() });
    }
    const data =
      error instanceof StepFailure
        ? error.data
        : error instanceof AppError
          ? prefixFields(error, 'practice')
          : {
              kind: 'internal' as const,
              message: 'The submission stopped on an unexpected problem. Try again.',
            };
    return outbox.update(id, { status: 'failed', lastError: data });
  }
}

async function sendPractice(deps: SubmissionDeps, client: UpdoxClient, item: SubmissionItem) {
  const { practice, mode } = item.payload;
  // Reconcile first: what does Updox hold for this account now?
  const current = await findPractice((id) => client.practiceGet(id), practice.accountId);
  await deps.onPracticeFound?.(item, current !== null);
  if (mode === 'create' && current !== null) {
    // Ours only if an earlier attempt sent this very create (its answer was lost) and the name matches.
    if (item.attempts > 0 && reconcileCreate(current, practice.name) === 'ours') return item;
    throw new StepFailure({
      kind: 'conflict',
      code: 4130,
      message: `An account with ID ${practice.accountId} already exists in Updox ('${current.name}'). Nothing was sent: choose another account ID.`,
      fields: { 'practice.accountId': `An account with ID ${practice.accountId} already exists.` },
    });
  }
  if (mode === 'update' && current === null) {
    throw new StepFailure({
      kind: 'not-found',
      code: 4131,
      message: `Updox has no account ${practice.accountId} any more, so the update was not sent.`,
    });
  }
  const next = await deps.outbox.update(item.id, { attempts: item.attempts + 1 });
  const record = practiceRecordFor(practice, current);
  if (mode === 'create') await client.practiceCreate(record);
  else if (mode === 'update') await client.practiceUpdate(record);
  else await client.practiceSave(record);
  return next;
}
