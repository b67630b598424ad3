import type { Contract } from '../../shared/contract';
import type { DomainHandlers } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';

export const onboardingHandlers = (_s: AppServices): DomainHandlers<Contract, 'onboarding'> => ({
  listDrafts: async () => ({ drafts: [], problems: [] }),
  listOutbox: async () => ({ items: [] }),
});
