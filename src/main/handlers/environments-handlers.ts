import type { Contract } from '../../shared/contract';
import type { DomainHandlers } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';

export const environmentsHandlers = (s: AppServices): DomainHandlers<Contract, 'environments'> => ({
  list: () => s.environments.list(),
  select: (input) => s.environments.select(input),
  addCustom: (input) => s.environments.addCustom(input),
  remove: (input) => s.environments.remove(input),
});
