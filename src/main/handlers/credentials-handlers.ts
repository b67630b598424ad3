import type { Contract } from '../../shared/contract';
import type { DomainHandlers } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';

export const credentialsHandlers = (s: AppServices): DomainHandlers<Contract, 'credentials'> => ({
  save: (input) => s.credentials.save(input),
  test: (input) => s.credentials.test(input),
  clear: (input) => s.credentials.clear(input),
});
