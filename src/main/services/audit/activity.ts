import type { CallInputOf, CallOutputOf } from '../../../shared/contract/call-types';
import type { CoreServices } from '../core-services';

/** The Activity screen: the latest Updox calls of the active environment only (nothing of another one). */
export const createActivity = (core: CoreServices) => ({
  async recent({ limit }: CallInputOf<'activity', 'recent'>): Promise<CallOutputOf<'activity', 'recent'>> {
    return { entries: core.audit.recent(limit, core.updox.activeEnvironment().id) };
  },
});
