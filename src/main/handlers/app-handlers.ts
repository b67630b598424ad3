import type { Contract } from '../../shared/contract';
import type { DomainHandlers } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';

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
  async health() {
    const settings = s.settings.get();
    const env =
      settings.environments.find((e) => e.id === settings.activeEnvironmentId) ?? settings.environments[0]!;
    const { state, checkedAt } = await s.connection.current();
    return {
      environment: { id: env.id, name: env.name, kind: env.kind },
      connection: state,
      checkedAt,
      outboxCount: s.onboarding.outboxCount(),
    };
  },
  async confirm(request) {
    const desktop = s.platform.desktop;
    if (!desktop) return { answer: 'in-app' };
    return { answer: (await desktop.confirm(request)) ? 'confirmed' : 'cancelled' };
  },
  async openLogsFolder() {
    return { opened: (await s.platform.desktop?.openLogsFolder()) ?? false };
  },
});
