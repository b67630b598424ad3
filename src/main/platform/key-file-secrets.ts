import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SecretStorage } from './types';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Secret storage for the web host, where no OS keychain is reachable: AES-256-GCM with a random key kept in a
 * file readable only by the user (0600). Weaker than the OS keychain, and the screen says so.
 */
export const openKeyFileSecrets = (dataDir: string): SecretStorage => {
  const keyPath = path.join(dataDir, 'vault.key');
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  let key: Buffer;
  try {
    key = fs.readFileSync(keyPath);
    if (key.length !== KEY_BYTES) throw new Error('vault key has the wrong length');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    key = crypto.randomBytes(KEY_BYTES);
    fs.writeFileSync(keyPath, key, { mode: 0o600, flag: 'wx' });
  }
  fs.chmodSync(keyPath, 0o600);

  return {
    backend: 'key-file',
    warning:
      'This web host keeps credentials encrypted with a key file in the data folder (readable only by you), not in the system keychain. Use the desktop app for production credentials.',
    encrypt(plain) {
      const iv = crypto.randomBytes(IV_BYTES);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(sealed) {
      const iv = sealed.subarray(0, IV_BYTES);
      const tag = sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([
        decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    },
  };
};
