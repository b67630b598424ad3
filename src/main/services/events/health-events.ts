import type { AppHealth } from '../../../shared/contract/app';
import type { ConnectionView } from '../connection/connection-monitor';
import type { CoreServices } from '../core-services';
import { environmentRef } from '../environments/environment-ref';

export interface HealthService {
  /** Emits the health event when what the top bar shows changed (environment, connection, queued count). */
  publish(): void;
  close(): void;
}

/** The top bar's state: the active environment as the gateway sees it, the connection, the queued count. */
export const healthView = (
  core: CoreServices,
  connection: ConnectionView,
  outboxCount: number,
): AppHealth => ({
  environment: environmentRef(core.updox.activeEnvironment()),
  connection: connection.state,
  checkedAt: connection.checkedAt,
  outboxCount,
});

/**
 * The one place the health event is emitted: when the connection monitor sees a change, the active environment
 * changes (then Updox is asked again at once), or the outbox moves (`publish`).
 */
export const createHealthService = (core: CoreServices, outboxCount: () => number): HealthService => {
  let sent = '';
  const publish = () => {
    const known = core.connection.known();
    if (!known) return;
    const health = healthView(core, known, outboxCount());
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
    publish,
    close: () => stops.forEach((stop) => stop()),
  };
};
