import { eventSchemas, type DeskEvent, type EventName } from '../../../shared/contract/events';
import { logger } from '../log/logger';

export type EventListener = <N extends EventName>(name: N, payload: DeskEvent<N>) => void;

/**
 * The one place main's services announce what changed (the event list is src/shared/contract/events.ts). The
 * hosts listen: the desktop app sends each event to its window over IPC, the web host to its pages as Server-Sent
 * Events. Every payload is checked against its schema before it leaves, as every call's answer is.
 */
export interface EventBus {
  /** Sends to every listener; answers how many there were (0: nobody is looking). */
  emit<N extends EventName>(name: N, payload: DeskEvent<N>): number;
  listen(listener: EventListener): () => void;
}

export const createEventBus = (): EventBus => {
  const listeners = new Set<EventListener>();
  return {
    emit(name, payload) {
      const parsed = eventSchemas[name].safeParse(payload);
      if (!parsed.success) {
        logger.error('events.invalid-payload', { event: name, issues: parsed.error.issues.length });
        return 0;
      }
      for (const listener of listeners) {
        try {
          listener(name, parsed.data as DeskEvent<typeof name>);
        } catch (error) {
          logger.warn('events.listener-failed', {
            event: name,
            error: error instanceof Error ? error.name : 'unknown',
          });
        }
      }
      return listeners.size;
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
