import { randomUUID } from 'node:crypto';
import type { DraftLocation, DraftUser, WizardDraftData } from '../../../shared/contract/onboarding';
import { AppError } from '../../../shared/errors';
import { isDefaultLocation } from '../../../shared/domain/location';
import type { UpdoxClient } from '../../updox/client';
import type { PracticeDetails, UpdoxLocation } from '../../updox/types';
import { isAccountAbsent, isTransient } from '../../updox/error-rules';
import { toPracticeLocation } from '../updox/location-views';
import { practiceFromDetails, userFromDetails } from './submission-payload';
import type { SubmissionQueue } from './submission-queue';
import type { WizardDrafts } from './wizard-drafts';

export const draftLocation = (l: UpdoxLocation): DraftLocation => ({
  key: `u${l.updoxId}`,
  // Updox's Default Location (and any location without your ID) cannot be changed through LocationsSync.
  fixed: isDefaultLocation(l) || l.externalId === '',
  ...toPracticeLocation(l),
});

/** The account's users (UserList for the account); undefined when Updox would not list them. */
const loadUsers = async (client: UpdoxClient, accountId: string) => {
  try {
    return (await client.userList(accountId)).map(userFromDetails);
  } catch (error) {
    if (isTransient(error)) throw error;
    return undefined;
  }
};

export const loadAccount = async (client: UpdoxClient, accountId: string) => {
  try {
    const details = await client.practiceGet(accountId);
    const locations = await client.practiceLocationsRetrieve(accountId, { activeOnly: false });
    const users = await loadUsers(client, accountId);
    return { details, locations, baseline: baselineOf(details, users) };
  } catch (error) {
    if (isAccountAbsent(error))
      throw new AppError({ kind: 'not-found', code: 4131, message: `Updox has no account ${accountId}.` });
    throw error;
  }
};

const baselineOf = (details: PracticeDetails, users: DraftUser[] | undefined) => ({
  practice: practiceFromDetails(details),
  fetchedAt: new Date().toISOString(),
  ...(users ? { users } : {}),
});

/** #/edit/<accountId>: resume the update draft in progress, or load the account from Updox into a new one. */
export const openEditDraft = async (
  drafts: WizardDrafts,
  client: (environmentId: string) => Promise<UpdoxClient>,
  environmentId: string,
  accountId: string,
) => {
  const existing = drafts.findUpdate(environmentId, accountId);
  if (existing) return { draftId: existing.id, resumed: true };
  const { locations, baseline } = await loadAccount(await client(environmentId), accountId);
  const data: WizardDraftData = {
    submitMode: 'update',
    step: 1,
    practice: baseline.practice,
    locations: locations.map(draftLocation),
    users: [],
    baseline,
  };
  const draft = await drafts.save({ id: randomUUID(), kind: 'update', accountId, environmentId, data });
  return { draftId: draft.id, resumed: false };
};

/**
 * A create whose account ID exists in Updox (4130, or found when the outbox reconciled): the same draft becomes an
 * update of that account, keeping what was typed; the review then shows the diff against Updox's record.
 */
export const convertDraftToUpdate = async (
  drafts: WizardDrafts,
  queue: SubmissionQueue,
  client: () => Promise<UpdoxClient>,
  id: string,
) => {
  const draft = await drafts.get(id);
  const accountId = draft.data.practice.accountId.trim();
  const { locations, baseline } = await loadAccount(await client(), accountId);
  const fromUpdox = locations.map(draftLocation);
  const typed = draft.data.locations.filter(
    (l) => !l.fixed && !fromUpdox.some((u) => u.code === l.code && u.externalId === l.externalId),
  );
  const failed = queue.forDraft(id);
  if (failed && failed.status !== 'done') await queue.discard(failed.id);
  await drafts.save({
    id,
    kind: 'update',
    accountId,
    environmentId: draft.environmentId ?? '',
    data: {
      ...draft.data,
      submitMode: 'update',
      step: 7,
      practice: { ...draft.data.practice, accountId },
      locations: [...fromUpdox, ...typed],
      baseline,
    },
  });
  return { draftId: id };
};
