import type { Contract } from '../../shared/contract';
import type { DomainHandlers } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';

export const businessHandlers = (s: AppServices): DomainHandlers<Contract, 'business'> => ({
  partner: () => s.business.partner.view(),
  savePartner: (input) => s.business.partner.save(input),
  savePartnerDraft: (input) => s.business.partner.saveDraft(input),
  discardPartnerDraft: (input) => s.business.partner.discardDraft(input),
  readinessInput: (input) => s.business.missingInfo.readinessInput(input),
  submitMissingInfo: (input) => s.business.missingInfo.submit(input),
  checkWebsite: (input) => s.business.checkWebsite(input),
  exportIncomplete: () => s.business.exportIncomplete(),
});
