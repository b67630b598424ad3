import type { Contract } from '../../shared/contract';
import type { DomainHandlers } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';

export const activityHandlers = (s: AppServices): DomainHandlers<Contract, 'activity'> => ({
  recent: (input) => s.activity.recent(input),
  page: (input) => s.activity.page(input),
  exportCsv: (input) => s.activity.exportCsv(input),
});
