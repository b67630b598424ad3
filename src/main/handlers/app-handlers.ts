import type { Contract } from '../../shared/contract';
import type { DomainHandlers } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';
import { storageNoticeViews } from '../services/storage/storage-notices';

export const appHandlers = (s: AppServices): DomainHandlers<Contract, 'app'> => ({
  async info() {
    const { secrets } = s.platform;
    return {
      name: s.platform.appName,
      version: s.platform.appVersion,
      host: s.platform.host,
      dataDir: s.platform.dataDir,
      logsDir: s.platform.logsDir,
      canOpenLogsFolder: s.platform.desktop !== undefined,
      platform: `${process.platform} ${process.arch}`,
      secretStorage: secrets.warning
        ? { backend: secrets.backend, warning: secrets.warning }
        : { backend: secrets.backend },
    };
  },
  async storageNotices() {
    return { dataDir: s.platform.dataDir, notices: storageNoticeViews(s.platform.dataDir) };
  },
  health: () => s.health.current(),
  async confirm(request) {
    const desktop = s.platform.desktop;
    if (!desktop) return { answer: 'in-app' };
    return { answer: (await desktop.confirm(request)) ? 'confirmed' : 'cancelled' };
  },
  async openLogsFolder() {
    return { opened: (await s.platform.desktop?.openLogsFolder()) ?? false };
  },
});
