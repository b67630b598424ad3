import { Notification, safeStorage } from 'electron';
import ElectronStore from 'electron-store';
import type { KeyValueFile, Platform, SecretStorage } from '../platform/types';
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

export const createElectronPlatform = (dataDir: string): Platform => ({
  host: 'electron',
  appName,
  appVersion,
  dataDir,
  secrets: electronSecrets(),
  notifier: {
    show(title, body) {
      if (!Notification.isSupported()) return false;
      new Notification({ title, body, silent: false }).show();
      return true;
    },
  },
  openSettingsFile: (options) =>
    new ElectronStore<Record<string, unknown>>(options) as unknown as KeyValueFile,
});
