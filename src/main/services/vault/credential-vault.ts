import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { SecretStorage } from '../../platform/types';
import { writeFileAtomic } from '../storage/atomic-file';
import { readBackedUpJsonFileSync } from '../storage/backed-up-file';
import { logger } from '../log/logger';
import { mapRecord, mapToJson } from '../storage/safe-record';

export interface VendorCredentials {
  applicationId: string;
  applicationPassword: string;
}

const credentialsSchema = z.object({
  applicationId: z.string().min(1),
  applicationPassword: z.string().min(1),
});

/** credentials.vault.json: one sealed blob per environment; never plain text, never sent to the renderer. */
const vaultFileSchema = z.object({
  version: z.literal(1),
  entries: mapRecord(z.object({ sealed: z.string(), backend: z.string() })),
});
type VaultFile = z.output<typeof vaultFileSchema>;

export interface CredentialVault {
  has(environmentId: string): boolean;
  get(environmentId: string): VendorCredentials | undefined;
  set(
    environmentId: string,
    credentials: VendorCredentials,
    options: { acceptWeakStorage: boolean },
  ): Promise<void>;
  remove(environmentId: string): Promise<void>;
}

export const openCredentialVault = (dataDir: string, secrets: SecretStorage): CredentialVault => {
  const file = path.join(dataDir, 'credentials.vault.json');
  // A secret file: its backup never holds an older secret, a damaged copy is deleted (and reported), not kept.
  const read = readBackedUpJsonFileSync(file, vaultFileSchema, { secret: true });
  let vault: VaultFile = { version: 1, entries: new Map() };
  if (read.status === 'ok') vault = read.value;
  if (read.status === 'corrupt') logger.warn('vault.unreadable', { reason: 'corrupt' });

  const persist = (next: VaultFile) =>
    writeFileAtomic(file, JSON.stringify({ version: next.version, entries: mapToJson(next.entries) }), {
      keepBackup: true,
      secret: true,
      mode: 0o600,
    });

  return {
    has: (id) => vault.entries.has(id),
    get(id) {
      const entry = vault.entries.get(id);
      if (!entry) return undefined;
      try {
        return credentialsSchema.parse(JSON.parse(secrets.decrypt(Buffer.from(entry.sealed, 'base64'))));
      } catch {
        throw new AppError({
          kind: 'auth',
          message:
            'The saved credentials for this environment could not be unlocked. Enter them again in Settings.',
        });
      }
    },
    async set(id, credentials, { acceptWeakStorage }) {
      if (secrets.backend === 'os-plaintext-fallback' && !acceptWeakStorage) {
        throw new AppError({
          kind: 'forbidden',
          message:
            'This computer has no system keychain, so the credentials could only be stored with weak protection. Tick "Store them anyway" to accept that.',
          fields: { acceptWeakStorage: 'Confirm weak storage to continue.' },
        });
      }
      const sealed = secrets.encrypt(JSON.stringify(credentialsSchema.parse(credentials))).toString('base64');
      const entries = new Map(vault.entries);
      entries.set(id, { sealed, backend: secrets.backend });
      const next: VaultFile = { ...vault, entries };
      await persist(next);
      vault = next;
    },
    async remove(id) {
      const entries = new Map(vault.entries);
      entries.delete(id);
      const next = { ...vault, entries };
      await persist(next);
      vault = next;
    },
  };
};
