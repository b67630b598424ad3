import type { Contract } from '../../shared/contract';
import type { DomainHandlers } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';

export const smsHandlers = (s: AppServices): DomainHandlers<Contract, 'sms'> => ({
  accounts: () => s.sms.accounts(),
  numbers: ({ accountId }) => s.sms.numbers(accountId),
  requestNumber: ({ accountId, locationId, environmentId, confirmProduction }) =>
    s.sms.requestNumber(accountId, locationId, environmentId, confirmProduction),
  send: ({ confirmProduction, environmentId, ...request }) =>
    s.sms.send(request, environmentId, confirmProduction),
  checkNow: ({ accountId }) => s.sms.checkNow(accountId),
  pollStatus: async () => s.sms.pollStatus(),
  notifications: async () => s.sms.notifications(),
  templates: async () => ({ templates: s.sms.templates() }),
  saveTemplates: async ({ templates }) => ({ templates: await s.sms.saveTemplates(templates) }),
  history: async ({ accountId, limit }) => ({ entries: s.sms.history(limit, accountId) }),
});
