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
  /**
   * Show an OS notification where the host can; returns false when it cannot (the app then shows a toast).
   * `screen` is the hash route (e.g. `#/sms/acct-1`) the app opens when the notification is clicked.
   */
  show(title: string, body: string, screen?: string): boolean;
}

/** What the person is asked to confirm: a write to Production, or something that cannot be undone. */
export interface ConfirmRequest {
  readonly kind: 'production' | 'destructive';
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly cancelLabel?: string | undefined;
}

/** What only the desktop app can do; the web host has none of these (the renderer then does it in the page). */
export interface DesktopActions {
  /** A native, window-modal dialog; true when the person chose the confirm button. */
  confirm(request: ConfirmRequest): Promise<boolean>;
  /** Opens the logs folder in the system file manager; false when it could not. */
  openLogsFolder(): Promise<boolean>;
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
  /** Where the rotated log files are: Electron's logs folder, or `<data folder>/logs` in the web host. */
  readonly logsDir: string;
  readonly secrets: SecretStorage;
  readonly notifier: OsNotifier;
  /** Present in the desktop app only. */
  readonly desktop?: DesktopActions;
  /** Opens the settings file with the host's store: electron-store in Electron, conf in Node. */
  openSettingsFile(options: SettingsFileOptions): KeyValueFile;
}

export interface SettingsFileOptions {
  cwd: string;
  configName: string;
  defaults: Record<string, unknown>;
}
