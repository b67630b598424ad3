import { safeStorage } from 'electron';
import ElectronStore from 'electron-store';
import type { SecretStorage } from '../platform/types';
import type { HostPlatform } from './bootstrap';
import { appName, appVersion } from '../app-identity';

/** safeStorage, refusing to pretend when Linux falls back to plain text (the vault asks the person first). */
const electronSecrets = (): SecretStorage => {
  const plaintext = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  const available = safeStorage.isEncryptionAvailable();
  return {
    backend: plaintext || !available ? 'os-plaintext-fallback' : 'os',
    ...(plaintext || !available
      ? {
          warning:
            'No system keychain was found, so credentials could only be stored with weak protection. Onboarding Desk will ask before storing any.',
        }
      : {}),
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (sealed) => safeStorage.decryptString(sealed),
  };
};

/** Settings and secrets; bootstrap adds the logs folder, notifications and native dialogs. */
export const createElectronPlatform = (dataDir: string): HostPlatform => ({
  host: 'electron',
  appName,
  appVersion,
  dataDir,
  secrets: electronSecrets(),
  openSettingsFile: (options) => new ElectronStore<Record<string, unknown>>(options),
});
