import type { Contract } from '../../shared/contract';
import type { DomainHandlers } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';

export const onboardingHandlers = (s: AppServices): DomainHandlers<Contract, 'onboarding'> => ({
  listDrafts: () => s.onboarding.draftList(),
  assignDraft: (input) => s.onboarding.assignDraft(input),
  listOutbox: () => s.onboarding.outbox(),
  getDraft: (input) => s.onboarding.getDraft(input),
  saveDraft: (input) => s.onboarding.saveDraft(input),
  deleteDraft: (input) => s.onboarding.deleteDraft(input),
  openEdit: (input) => s.onboarding.openEdit(input),
  copyToEnvironment: (input) => s.onboarding.copyToEnvironment(input),
  convertToUpdate: (input) => s.onboarding.convertToUpdate(input),
  checkAccountId: (input) => s.onboarding.checkAccountId(input),
  checkPortalAddress: (input) => s.onboarding.checkPortalAddress(input),
  review: (input) => s.onboarding.review(input),
  submit: (input) => s.onboarding.submit(input),
  getSubmission: (input) => s.onboarding.ownSubmission(input),
  retryOutbox: (input) => s.onboarding.retry(input),
  getOutboxItem: (input) => s.onboarding.getOutboxItem(input),
  discardOutbox: (input) => s.onboarding.discard(input),
});
