import type { AppHealth } from '../../../shared/contract/app';
import type { ConnectionView } from '../connection/connection-monitor';
import type { CoreServices } from '../core-services';

export interface HealthService {
  /** The top bar's state now (probes Updox when the last answer is older than a few seconds). */
  current(): Promise<AppHealth>;
  /** Emits the health event when what the top bar shows changed (environment, connection, queued count). */
  publish(): void;
  close(): void;
}

/**
 * The top bar's state, and the one place its event is emitted: when the connection monitor sees a change, the
 * active environment changes (then Updox is asked again at once), or the outbox moves (`publish`).
 */
export const createHealthService = (core: CoreServices, outboxCount: () => number): HealthService => {
  const healthOf = (connection: ConnectionView): AppHealth => {
    const settings = core.settings.get();
    const env =
      settings.environments.find((e) => e.id === settings.activeEnvironmentId) ?? settings.environments[0]!;
    return {
      environment: { id: env.id, name: env.name, kind: env.kind },
      connection: connection.state,
      checkedAt: connection.checkedAt,
      outboxCount: outboxCount(),
    };
  };
  let sent = '';
  const publish = () => {
    const known = core.connection.known();
    if (!known) return;
    const health = healthOf(known);
    const key = JSON.stringify({ ...health, checkedAt: '' });
    if (key === sent) return;
    sent = key;
    core.events.emit('health', health);
  };
  const stops = [
    core.connection.onChange(publish),
    core.settings.onChange((next, previous) => {
      publish();
      if (next.activeEnvironmentId !== previous.activeEnvironmentId) void core.connection.recheck();
    }),
  ];
  return {
    current: async () => healthOf(await core.connection.current()),
    publish,
    close: () => stops.forEach((stop) => stop()),
  };
};
