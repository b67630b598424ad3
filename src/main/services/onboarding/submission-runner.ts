import { AppError, type AppErrorData } from '../../../shared/errors';
import type { StepResult } from '../../../shared/contract/onboarding';
import type { UpdoxClient } from '../../updox/client';
import type { PracticeDetails } from '../../updox/types';
import { UpdoxError } from '../../updox/updox-error';
import type { ConnectionMonitor } from '../connection/connection-monitor';
import type { Outbox } from '../outbox/outbox-store';
import type { OutboxItem } from '../outbox/outbox-schema';
import {
  locationRecordFor,
  practiceRecordFor,
  userRecordFor,
  type SubmissionPayload,
} from './submission-payload';
import type { UserPasswordVault } from './user-password-vault';

export type SubmissionItem = OutboxItem<SubmissionPayload>;

export interface StepResults {
  locations: StepResult[];
  users: StepResult[];
}

export interface SubmissionDeps {
  outbox: Outbox<SubmissionPayload>;
  passwords: UserPasswordVault;
  client: (environmentId: string) => Promise<UpdoxClient>;
  connection: ConnectionMonitor;
  /** What each location and user step did, by outbox item (for the wizard's result view). */
  results: Map<string, StepResults>;
  /** Called once an item is done (the draft and its passwords are no longer needed). */
  onDone: (item: SubmissionItem) => Promise<void>;
}

/** PracticeGet codes that mean "no such account". */
const absent = (error: unknown) =>
  error instanceof UpdoxError && (error.code === 4131 || error.code === 4011);

const currentPractice = async (client: UpdoxClient, accountId: string): Promise<PracticeDetails | null> => {
  try {
    return await client.practiceGet(accountId);
  } catch (error) {
    if (absent(error)) return null;
    throw error;
  }
};

const prefixFields = (error: AppError, prefix: string): AppErrorData => {
  const data = error.toData();
  if (data.fields)
    data.fields = Object.fromEntries(Object.entries(data.fields).map(([k, v]) => [`${prefix}.${k}`, v]));
  return data;
};

class StepFailure extends Error {
  constructor(readonly data: AppErrorData) {
    super(data.message);
  }
}

const isTransient = (error: unknown) =>
  error instanceof UpdoxError
    ? error.transient
    : error instanceof AppError && ['network', 'timeout'].includes(error.kind);

/**
 * Sends one submission: practice, then locations, then users, each step recorded in the outbox the moment it is
 * done, so a retry (or a restart after a crash) sends only what is left. Never throws: the item's status says how
 * it ended ('done', 'queued' again when Updox was unreachable, or 'failed' with lastError).
 */
export async function runSubmission(deps: SubmissionDeps, id: string): Promise<SubmissionItem> {
  const { outbox } = deps;
  let item = outbox.get(id);
  if (item.status === 'done') return item;
  item = await outbox.update(id, { status: 'sending' });
  const results = deps.results.get(id) ?? { locations: [], users: [] };
  deps.results.set(id, results);
  try {
    const client = await deps.client(item.payload.environmentId);
    if (!item.completedSteps.includes('practice')) {
      item = await sendPractice(deps, client, item);
      item = await outbox.completeStep(id, 'practice');
    }
    if (!item.completedSteps.includes('locations')) {
      await sendLocations(client, item, results);
      item = await outbox.completeStep(id, 'locations');
    }
    if (!item.completedSteps.includes('users')) {
      await sendUsers(deps, client, item, results);
      item = await outbox.completeStep(id, 'users');
    }
    item = await outbox.update(id, { status: 'done', lastError: null });
    deps.connection.report('online');
    await deps.onDone(item);
    return item;
  } catch (error) {
    if (isTransient(error)) {
      deps.connection.report('unreachable');
      return outbox.update(id, { status: 'queued', lastError: (error as AppError).toData() });
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
  const current = await currentPractice(client, practice.accountId);
  if (mode === 'create' && current !== null) {
    // Ours only if an earlier attempt sent this very create (its answer was lost) and the name matches.
    if (item.attempts > 0 && current.name.trim() === practice.name.trim()) return item;
    throw new StepFailure({
      kind: 'conflict',
      code: 4130,
      message: `An account with ID ${practice.accountId} already exists in Updox ('${current.name}'). Nothing was sent. Open it as an update to review the changes instead.`,
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

async function sendLocations(client: UpdoxClient, item: SubmissionItem, results: StepResults) {
  const { locations, practice } = item.payload;
  if (locations.length === 0) return;
  const current = await client.practiceLocationsRetrieve(practice.accountId, { activeOnly: false });
  const statuses = await client.locationsSync(
    practice.accountId,
    locations.map((l) => locationRecordFor(l, current)),
  );
  const fields: Record<string, string> = {};
  results.locations = locations.map((location, index) => {
    const status = statuses[index];
    const success = status?.success ?? false;
    const message = success ? 'Saved.' : status?.message || 'Updox did not report this location.';
    if (!success) {
      fields[`locations.${index}`] = `${location.name}: ${message}`;
      for (const [field, text] of Object.entries(status?.fields ?? {}))
        fields[`locations.${index}.${field === 'postal' ? 'zip' : field}`] = text;
    }
    return { label: `${location.name} (${location.code})`, success, message };
  });
  const failed = results.locations.filter((r) => !r.success);
  if (failed.length > 0) {
    throw new StepFailure({
      kind: 'updox',
      message: `The practice was saved, but Updox refused ${failed.length} location${failed.length === 1 ? '' : 's'}: ${failed.map((f) => `${f.label}: ${f.message}`).join('; ')}`,
      fields,
    });
  }
}

async function sendUsers(
  deps: SubmissionDeps,
  client: UpdoxClient,
  item: SubmissionItem,
  results: StepResults,
) {
  const { users, practice, draftId } = item.payload;
  results.users = [];
  for (const [index, user] of users.entries()) {
    const label = `${user.firstName} ${user.lastName} (${user.userId})`;
    try {
      await client.userSave(practice.accountId, userRecordFor(user, deps.passwords.get(draftId, user.key)));
      results.users.push({ label, success: true, message: 'Saved.' });
    } catch (error) {
      if (isTransient(error) || !(error instanceof AppError)) throw error;
      results.users.push({ label, success: false, message: error.message });
      throw new StepFailure(prefixFields(error, `users.${index}`));
    }
  }
}
