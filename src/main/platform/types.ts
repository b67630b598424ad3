/**
 * What a host (Electron, or the Node web host) provides to the services. Services depend on these interfaces
 * only, never on `electron`, so the same services run in both hosts and in unit tests.
 */
export type SecretBackend = 'os' | 'os-plaintext-fallback' | 'key-file';

export interface SecretStorage {
  readonly backend: SecretBackend;
  /** Shown on screen when the backend is weaker than the OS keychain. */
  readonly warning?: string;
  encrypt(plain: string): Buffer;
  decrypt(sealed: Buffer): string;
}

export interface OsNotifier {
  /** Show an OS notification where the host can; returns false when it cannot (the app then shows a toast). */
  show(title: string, body: string): boolean;
}

/** The subset of electron-store / conf the settings service uses: both provide exactly this. */
export interface KeyValueFile {
  readonly path: string;
  store: Record<string, unknown>;
}

export interface Platform {
  readonly host: 'electron' | 'web';
  readonly appName: string;
  readonly appVersion: string;
  readonly dataDir: string;
  readonly secrets: SecretStorage;
  readonly notifier: OsNotifier;
  /** Opens the settings file with the host's store: electron-store in Electron, conf in Node. */
  openSettingsFile(options: SettingsFileOptions): KeyValueFile;
}

export interface SettingsFileOptions {
  cwd: string;
  configName: string;
  defaults: Record<string, unknown>;
}
