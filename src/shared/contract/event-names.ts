import type { EventName } from './events';

/**
 * Every event name, and nothing else: what the renderer needs to subscribe without importing the zod schemas
 * (which would pull zod into the first screen). The compiler refuses a name the event list lacks and an event
 * missing here.
 */
export const eventNames = [
  'health',
  'submission',
  'numbers',
  'smsPoll',
  'toast',
  'storageNotice',
  'pipeline',
  'batch',
] as const satisfies readonly EventName[];

type MustBeEmpty<T extends never> = T;
/** Compile-time proof that no event is missing above (the error names it). */
export type EventNamesMissingFromList = MustBeEmpty<Exclude<EventName, (typeof eventNames)[number]>>;
