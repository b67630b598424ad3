import { useState } from 'react';
import { useEnvironments } from './environments-store';
import { selectEnvironmentId, useHealth } from './health-store';

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

/**
 * The environment a screen was opened in, as main last said (fixed once known): its queries are keyed by it and
 * run only while it is active, so a screen never shows one environment's data under another's name. Screens
 * that follow the active environment (the Accounts list) use `useHealth(selectEnvironmentId)` instead.
 */
export const useOpenedEnvironment = (): { environmentId: string; active: boolean } => {
  const live = useHealth(selectEnvironmentId);
  const [opened, setOpened] = useState(live);
  if (opened === '' && live !== '') setOpened(live);
  const environmentId = opened || live;
  return { environmentId, active: environmentId !== '' && environmentId === live };
};
