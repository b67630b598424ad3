import { AppError, type AppErrorData } from '../../../shared/errors';
import type { UpdoxClient } from '../../updox/client';
import type { UserDetails } from '../../updox/types';
import { isTransient } from '../../updox/error-rules';
import type { OutboxItem } from '../outbox/outbox-schema';
import { locationRecordFor, userRecordFor, type SubmissionPayload } from './submission-payload';
import { fingerprintOf, type RowProgress, type SubmissionProgress } from './submission-progress';
import type { UserPasswordVault } from './user-password-vault';

type Item = OutboxItem<SubmissionPayload>;
type PayloadLocation = SubmissionPayload['locations'][number];
type PayloadUser = SubmissionPayload['users'][number];

/** A step that Updox refused (not a network problem): the item is Failed with this error. */
export class StepFailure extends Error {
  constructor(readonly data: AppErrorData) {
    super(data.message);
  }
}

export const prefixFields = (error: AppError, prefix: string): AppErrorData => {
  const data = error.toData();
  if (data.fields)
    data.fields = Object.fromEntries(Object.entries(data.fields).map(([k, v]) => [`${prefix}.${k}`, v]));
  return data;
};

const locationLabel = (l: PayloadLocation) => `${l.name} (${l.code})`;
const userLabel = (u: PayloadUser) => `${u.firstName} ${u.lastName} (${u.userId})`;
const locationPrint = ({ key: _key, ...location }: PayloadLocation) => fingerprintOf(location);
/** What is sent for a user, and which sealed password (by its stamp, never the password itself). */
const userPrint = ({ key: _key, ...user }: PayloadUser, passwordStamp: string) =>
  fingerprintOf({ user, passwordStamp });

/**
 * LocationsSync with only the locations not saved yet (it creates or replaces each one by code and ID and leaves the
 * others alone). Each location's answer goes to the journal before the step can complete.
 */
export async function sendLocations(
  progress: Pick<SubmissionProgress, 'savedKeys' | 'record'>,
  client: UpdoxClient,
  item: Item,
): Promise<void> {
  const { locations, practice } = item.payload;
  const saved = progress.savedKeys(item.id, 'locations');
  const todo = locations.filter((l) => saved.get(l.key) !== locationPrint(l));
  if (todo.length === 0) return;
  const current = await client.practiceLocationsRetrieve(practice.accountId, { activeOnly: false });
  const statuses = await client.locationsSync(
    practice.accountId,
    todo.map((l) => locationRecordFor(l, current)),
  );
  const fields: Record<string, string> = {};
  const rows: RowProgress[] = todo.map((location, i) => {
    const status = statuses[i];
    const success = status?.success ?? false;
    const message = success ? 'Saved.' : status?.message || 'Updox did not report this location.';
    if (!success) {
      const index = locations.indexOf(location);
      fields[`locations.${index}`] = `${location.name}: ${message}`;
      for (const [field, text] of Object.entries(status?.fields ?? {}))
        fields[`locations.${index}.${field}`] = text;
    }
    return {
      key: location.key,
      label: locationLabel(location),
      success,
      message,
      fingerprint: locationPrint(location),
    };
  });
  await progress.record(item.id, 'locations', rows);
  const failed = rows.filter((r) => !r.success);
  if (failed.length > 0) {
    throw new StepFailure({
      kind: 'updox',
      message: `The practice was saved, but Updox refused ${failed.length} location${failed.length === 1 ? '' : 's'}: ${failed.map((f) => `${f.label}: ${f.message}`).join('; ')}`,
      fields,
    });
  }
}

/**
 * UserSave for each user not saved yet, one at a time; each one's outcome is in the journal before the next is
 * sent, so a retry or a restart never sends a saved user again. A user already in Updox is written over its
 * current record (UserList), so the fields the wizard does not show are kept.
 */
export async function sendUsers(
  deps: {
    progress: Pick<SubmissionProgress, 'savedKeys' | 'record'>;
    passwords: Pick<UserPasswordVault, 'get' | 'stamp'>;
  },
  client: UpdoxClient,
  item: Item,
): Promise<void> {
  const { users, practice, draftId } = item.payload;
  const saved = deps.progress.savedKeys(item.id, 'users');
  let inUpdox: UserDetails[] | undefined;
  for (const [index, user] of users.entries()) {
    const fingerprint = userPrint(user, deps.passwords.stamp(draftId, user.key));
    if (saved.get(user.key) === fingerprint) continue;
    const row = { key: user.key, label: userLabel(user), fingerprint };
    try {
      if (user.existing) inUpdox ??= await client.userList(practice.accountId);
      const current = user.existing ? inUpdox?.find((u) => u.userId === user.userId) : undefined;
      const record = userRecordFor(user, deps.passwords.get(draftId, user.key), current);
      await client.userSave(practice.accountId, record);
      await deps.progress.record(item.id, 'users', [{ ...row, success: true, message: 'Saved.' }]);
    } catch (error) {
      if (isTransient(error) || !(error instanceof AppError)) throw error;
      await deps.progress.record(item.id, 'users', [{ ...row, success: false, message: error.message }]);
      throw new StepFailure(prefixFields(error, `users.${index}`));
    }
  }
}
