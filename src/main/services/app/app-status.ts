import type { CallOutputOf } from '../../../shared/contract/call-types';
import type { AppHealth, AppInfo, ConfirmRequest } from '../../../shared/contract/app';
import type { CoreServices } from '../core-services';
import { environmentRef } from '../environments/environment-ref';
import { storageNoticeViews } from '../storage/storage-notices';

/**
 * What the shell shows about the app itself: name, version and folders, storage notices, the top bar's health
 * (the active environment as the gateway sees it, the connection, the outbox count), and the desktop's own dialogs.
 */
export const createAppStatus = (core: CoreServices, outboxCount: () => number) => ({
  async info(): Promise<AppInfo> {
    const { platform } = core;
    const { secrets } = platform;
    return {
      name: platform.appName,
      version: platform.appVersion,
      host: platform.host,
      dataDir: platform.dataDir,
      logsDir: platform.logsDir,
      canOpenLogsFolder: platform.desktop !== undefined,
      platform: `${process.platform} ${process.arch}`,
      secretStorage: secrets.warning
        ? { backend: secrets.backend, warning: secrets.warning }
        : { backend: secrets.backend },
    };
  },

  async storageNotices(): Promise<CallOutputOf<'app', 'storageNotices'>> {
    const { dataDir } = core.platform;
    return { dataDir, notices: storageNoticeViews(dataDir) };
  },

  async health(): Promise<AppHealth> {
    const environment = environmentRef(core.updox.activeEnvironment());
    const { state, checkedAt } = await core.connection.current();
    return { environment, connection: state, checkedAt, outboxCount: outboxCount() };
  },

  /** The desktop's own confirmation dialog; in the browser the screen asks itself ('in-app'). */
  async confirm(request: ConfirmRequest): Promise<CallOutputOf<'app', 'confirm'>> {
    const { desktop } = core.platform;
    if (!desktop) return { answer: 'in-app' };
    return { answer: (await desktop.confirm(request)) ? 'confirmed' : 'cancelled' };
  },

  async openLogsFolder(): Promise<CallOutputOf<'app', 'openLogsFolder'>> {
    return { opened: (await core.platform.desktop?.openLogsFolder()) ?? false };
  },
});

export type AppStatus = ReturnType<typeof createAppStatus>;
