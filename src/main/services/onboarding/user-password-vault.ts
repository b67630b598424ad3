import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { SecretStorage } from '../../platform/types';
import { writeFileAtomic } from '../storage/atomic-file';
import { readBackedUpJsonFileSync } from '../storage/backed-up-file';
import { createKeyedSerializer } from '../storage/keyed-serializer';
import { logger } from '../log/logger';
import { mapRecord, mapToJson } from '../storage/safe-record';

/**
 * The passwords of the users a wizard will create: sealed with the platform's secret storage in
 * <dataDir>/onboarding/user-passwords.json, by draft and user row. Never in a draft file or the outbox.
 */
const fileSchema = z.object({
  version: z.literal(1),
  drafts: mapRecord(mapRecord(z.string())),
});
type VaultFile = z.output<typeof fileSchema>;
type Sealed = Map<string, string>;

const serialize = (vault: VaultFile): string =>
  JSON.stringify({
    version: vault.version,
    drafts: mapToJson(new Map([...vault.drafts].map(([id, users]) => [id, mapToJson(users)]))),
  });

export interface UserPasswordVault {
  /** Seals the given passwords ('' forgets one). */
  set(draftId: string, passwords: Readonly<Record<string, string>>): Promise<void>;
  get(draftId: string, userKey: string): string;
  keys(draftId: string): string[];
  /**
   * A hash of the sealed copy ('' when none): it changes whenever the password is set again, so the journal can
   * tell a user saved with this password from one whose password was changed since. Reveals nothing about it.
   */
  stamp(draftId: string, userKey: string): string;
  /** Drops every password of a draft (sent, or the draft was discarded). */
  forget(draftId: string): Promise<void>;
}

export const openUserPasswordVault = async (
  dataDir: string,
  secrets: SecretStorage,
): Promise<UserPasswordVault> => {
  const dir = path.join(dataDir, 'onboarding');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, 'user-passwords.json');
  // A secret file: its backup never holds a forgotten password, a damaged copy is deleted (and reported).
  const read = readBackedUpJsonFileSync(file, fileSchema, { secret: true });
  let vault: VaultFile = read.status === 'ok' ? read.value : { version: 1, drafts: new Map() };
  if (read.status === 'corrupt') logger.warn('onboarding.passwords.unreadable', { reason: 'corrupt' });
  const serializer = createKeyedSerializer();

  /** Every change is computed from the latest state, one at a time, so concurrent saves never lose one. */
  const change = (next: (current: VaultFile) => VaultFile | null) =>
    serializer.run('file', async () => {
      const updated = next(vault);
      if (updated === null) return;
      await writeFileAtomic(file, serialize(updated), { keepBackup: true, secret: true, mode: 0o600 });
      vault = updated;
    });

  return {
    async set(draftId, passwords) {
      if (Object.keys(passwords).length === 0) return;
      const sealed = Object.entries(passwords).map(([key, password]) => ({
        key,
        sealed: password === '' ? null : secrets.encrypt(password).toString('base64'),
      }));
      await change((current) => {
        const entries: Sealed = new Map(current.drafts.get(draftId));
        for (const { key, sealed: value } of sealed) {
          if (value === null) entries.delete(key);
          else entries.set(key, value);
        }
        const drafts = new Map(current.drafts);
        drafts.set(draftId, entries);
        return { ...current, drafts };
      });
    },
    get(draftId, userKey) {
      const sealed = vault.drafts.get(draftId)?.get(userKey);
      if (sealed === undefined) return '';
      try {
        return secrets.decrypt(Buffer.from(sealed, 'base64'));
      } catch {
        throw new AppError({
          kind: 'storage',
          message: 'A saved user password could not be unlocked. Type it again on the Users step.',
          fields: { [`users.${userKey}.password`]: 'Type the password again.' },
        });
      }
    },
    keys: (draftId) => [...(vault.drafts.get(draftId)?.keys() ?? [])],
    stamp(draftId, userKey) {
      const sealed = vault.drafts.get(draftId)?.get(userKey);
      return sealed === undefined ? '' : createHash('sha256').update(sealed).digest('hex').slice(0, 16);
    },
    async forget(draftId) {
      await change((current) => {
        if (!current.drafts.has(draftId)) return null;
        const drafts = new Map(current.drafts);
        drafts.delete(draftId);
        return { ...current, drafts };
      });
    },
  };
};
