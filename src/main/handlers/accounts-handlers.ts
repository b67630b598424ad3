import type { Contract } from '../../shared/contract';
import type { DomainHandlers } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';

export const accountsHandlers = (s: AppServices): DomainHandlers<Contract, 'accounts'> => ({
  list: () => s.accounts.list(),
  get: (input) => s.accounts.get(input),
});
