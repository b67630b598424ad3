import type { Contract } from '../../shared/contract';
import type { DomainHandlers } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';

export const onboardingHandlers = (s: AppServices): DomainHandlers<Contract, 'onboarding'> => ({
  listDrafts: () => s.onboarding.draftList(),
  assignDraft: ({ id, environmentId }) => s.onboarding.assignDraft(id, environmentId),
  listOutbox: () => s.onboarding.outbox(),
  getDraft: ({ id }) => s.onboarding.getDraft(id),
  saveDraft: (input) => s.onboarding.saveDraft(input),
  deleteDraft: ({ id }) => s.onboarding.deleteDraft(id),
  openEdit: ({ accountId }) => s.onboarding.openEdit(accountId),
  copyToEnvironment: ({ accountId, targetEnvironmentId }) =>
    s.onboarding.copyToEnvironment(accountId, targetEnvironmentId),
  convertToUpdate: ({ id }) => s.onboarding.convertToUpdate(id),
  checkAccountId: ({ accountId }) => s.onboarding.checkAccountId(accountId),
  checkPortalAddress: ({ websiteAddress, accountId }) =>
    s.onboarding.checkPortalAddress(websiteAddress, accountId),
  review: ({ id }) => s.onboarding.review(id),
  submit: (input) => s.onboarding.submit(input),
  getSubmission: async ({ id }) => s.onboarding.ownSubmission(id),
  retryOutbox: ({ id, confirmProduction }) => s.onboarding.retry(id, confirmProduction),
  getOutboxItem: async ({ id }) => s.onboarding.getOutboxItem(id),
  discardOutbox: ({ id }) => s.onboarding.discard(id),
});
