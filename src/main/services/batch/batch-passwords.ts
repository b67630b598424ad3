import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { SecretStorage } from '../../platform/types';
import { readJsonFile, writeFileAtomic } from '../storage/atomic-file';
import { createKeyedSerializer } from '../storage/keyed-serializer';
import { mapRecord, mapToJson } from '../storage/safe-record';
import type { UserPasswordVault } from '../onboarding/user-password-vault';

/**
 * The passwords of a batch's users, each sealed with the platform's secret storage the moment it arrives, in
 * `<batch>/passwords.json` (0600, no backup copy: a forgotten password leaves nothing to decrypt). By row index
 * and user key. A row's passwords are forgotten once it is sent; the file goes with the batch. Never answered back.
 */
const fileSchema = z.object({ version: z.literal(1), rows: mapRecord(mapRecord(z.string())) });

export interface BatchPasswords extends Pick<UserPasswordVault, 'get' | 'stamp'> {
  /** Seals the row's passwords given ('' forgets one; a user left out keeps what is kept). */
  set(row: number, passwords: ReadonlyMap<string, string>): Promise<void>;
  keys(row: number): string[];
  /** Forgets a row's passwords (it was sent); written soon, with other rows sent meanwhile. */
  forget(row: number): void;
  /** Writes what `forget` left to write. */
  flush(): Promise<void>;
  /** Deletes the file. */
  remove(): Promise<void>;
}

const rowKey = (row: number) => String(row);

export const openBatchPasswords = async (
  file: string,
  secrets: SecretStorage,
  initial?: ReadonlyMap<number, ReadonlyMap<string, string>>,
): Promise<BatchPasswords> => {
  let rows = new Map<string, Map<string, string>>();
  if (initial) {
    for (const [row, passwords] of initial) {
      const sealed = new Map<string, string>();
      for (const [key, password] of passwords)
        if (password !== '') sealed.set(key, secrets.encrypt(password).toString('base64'));
      if (sealed.size > 0) rows.set(rowKey(row), sealed);
    }
  } else {
    const read = await readJsonFile(file, fileSchema);
    if (read.status === 'ok') rows = read.value.rows;
  }
  const serializer = createKeyedSerializer();
  let dirty = false;
  const write = () =>
    serializer.run('file', async () => {
      dirty = false;
      const json = new Map([...rows].map(([row, users]) => [row, mapToJson(users)]));
      await writeFileAtomic(file, JSON.stringify({ version: 1, rows: mapToJson(json) }), {
        secret: true,
        mode: 0o600,
      });
    });
  if (initial) await write();
  let soon: NodeJS.Timeout | null = null;

  const sealedOf = (draftId: string, userKey: string) => rows.get(draftId)?.get(userKey);
  return {
    get(draftId, userKey) {
      const sealed = sealedOf(draftId, userKey);
      if (sealed === undefined) return '';
      try {
        return secrets.decrypt(Buffer.from(sealed, 'base64'));
      } catch {
        throw new AppError({
          kind: 'storage',
          message: 'A user password kept for this row could not be unlocked. Type it again for that row.',
        });
      }
    },
    stamp(draftId, userKey) {
      const sealed = sealedOf(draftId, userKey);
      return sealed === undefined ? '' : createHash('sha256').update(sealed).digest('hex').slice(0, 16);
    },
    async set(row, passwords) {
      if (passwords.size === 0) return;
      const users = new Map(rows.get(rowKey(row)));
      for (const [key, password] of passwords) {
        if (password === '') users.delete(key);
        else users.set(key, secrets.encrypt(password).toString('base64'));
      }
      if (users.size === 0) rows.delete(rowKey(row));
      else rows.set(rowKey(row), users);
      await write();
    },
    keys: (row) => [...(rows.get(rowKey(row))?.keys() ?? [])],
    forget(row) {
      if (!rows.delete(rowKey(row))) return;
      dirty = true;
      soon ??= setTimeout(() => {
        soon = null;
        void write().catch(() => undefined);
      }, 500);
    },
    async flush() {
      if (soon) clearTimeout(soon);
      soon = null;
      if (dirty) await write();
      await serializer.idle();
    },
    async remove() {
      if (soon) clearTimeout(soon);
      soon = null;
      await serializer.idle();
      rows = new Map();
      await rm(file, { force: true });
    },
  };
};
