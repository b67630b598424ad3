import { useState } from 'react';
import { useEnvironments } from './environments-store';

/**
 * The environment a screen or form was opened in, fixed for its lifetime: what is typed there is sent there, or
 * (when another environment became active meanwhile) refused by main, never sent to "whatever is active now".
 */
export const useScreenEnvironment = (): string => {
  const [environmentId] = useState(() => useEnvironments.getState().list?.activeId ?? '');
  return environmentId;
};

/** The active environment's id right now ('' before the list has loaded). */
export const activeEnvironmentId = (): string => useEnvironments.getState().list?.activeId ?? '';
