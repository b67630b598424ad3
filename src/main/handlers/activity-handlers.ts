import type { Contract } from '../../shared/contract';
import type { DomainHandlers } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';

export const activityHandlers = (s: AppServices): DomainHandlers<Contract, 'activity'> => ({
  recent: async ({ limit }) => ({ entries: s.audit.recent(limit, s.updox.activeEnvironment().id) }),
  page: (input) => s.audit.page(s.updox.activeEnvironment().id, input),
  exportCsv: (input) =>
    s.audit.exportCsv(s.updox.activeEnvironment().id, input, s.updox.activeEnvironment().name),
});
