import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * What an attacker who holds vault.key can read: every file under the data folder (backups, temp files, corrupt/
 * copies included), every base64 run in it and the file's own bytes, tried as an AES-256-GCM sealed blob.
 * Returns every plaintext that decrypts.
 */
export const decryptEverything = async (dataDir: string): Promise<string[]> => {
  const key = await fs.readFile(path.join(dataDir, 'vault.key'));
  const open = (sealed: Buffer): string | null => {
    if (sealed.length < 29) return null;
    try {
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  };
  const found: string[] = [];
  for (const entry of await fs.readdir(dataDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === 'vault.key') continue;
    const bytes = await fs.readFile(path.join(entry.parentPath, entry.name));
    const whole = open(bytes);
    if (whole !== null) found.push(whole);
    for (const run of bytes.toString('latin1').match(/[A-Za-z0-9+/]{40,}={0,2}/g) ?? []) {
      const plain = open(Buffer.from(run, 'base64'));
      if (plain !== null) found.push(plain);
    }
  }
  return found;
};
