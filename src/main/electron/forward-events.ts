import type { WebContents } from 'electron';
import { eventChannel } from '../../shared/contract/events';
import type { EventBus } from '../services/events/event-bus';

/** Sends every event of main's bus to the window (its own channel each, `event.<name>`); answers the stop. */
export const forwardEvents = (events: EventBus, target: () => WebContents | undefined): (() => void) =>
  events.listen((name, payload) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(eventChannel(name), payload);
  });
