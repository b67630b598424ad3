import type { Contract } from '../../shared/contract';
import type { DomainHandlers } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';

export const appHandlers = (s: AppServices): DomainHandlers<Contract, 'app'> => ({
  info: () => s.app.info(),
  storageNotices: () => s.app.storageNotices(),
  health: () => s.app.health(),
  confirm: (input) => s.app.confirm(input),
  openLogsFolder: () => s.app.openLogsFolder(),
});
