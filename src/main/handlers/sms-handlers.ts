import type { Contract } from '../../shared/contract';
import type { DomainHandlers } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';

export const smsHandlers = (s: AppServices): DomainHandlers<Contract, 'sms'> => ({
  accounts: () => s.sms.accounts(),
  numbers: (input) => s.sms.numbers(input),
  requestNumber: (input) => s.sms.requestNumber(input),
  send: (input) => s.sms.send(input),
  checkNow: (input) => s.sms.checkNow(input),
  pollStatus: () => s.sms.pollStatus(),
  notifications: () => s.sms.notifications(),
  templates: () => s.sms.templates(),
  saveTemplates: (input) => s.sms.saveTemplates(input),
  history: (input) => s.sms.history(input),
});
