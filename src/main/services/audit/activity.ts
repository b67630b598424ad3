import type { CallInputOf, CallOutputOf } from '../../../shared/contract/call-types';
import type { CoreServices } from '../core-services';

/** The Activity screen: the Updox calls of the active environment only (nothing of another one). */
export const createActivity = (core: CoreServices) => ({
  async recent({ limit }: CallInputOf<'activity', 'recent'>): Promise<CallOutputOf<'activity', 'recent'>> {
    return { entries: core.audit.recent(limit, core.updox.activeEnvironment().id) };
  },

  /** A page of the whole trail on disk that matches the filters, newest first. */
  page: (input: CallInputOf<'activity', 'page'>): Promise<CallOutputOf<'activity', 'page'>> =>
    core.audit.page(core.updox.activeEnvironment().id, input),

  /** The calls that match the filters as CSV, the file named after the environment. */
  exportCsv(input: CallInputOf<'activity', 'exportCsv'>): Promise<CallOutputOf<'activity', 'exportCsv'>> {
    const environment = core.updox.activeEnvironment();
    return core.audit.exportCsv(environment.id, input, environment.name);
  },
});
