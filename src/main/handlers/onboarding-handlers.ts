import type { Contract } from '../../shared/contract';
import type { DomainHandlers } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';

export const onboardingHandlers = (s: AppServices): DomainHandlers<Contract, 'onboarding'> => ({
  listDrafts: async () => ({ ...s.onboarding.listDrafts(), problems: s.onboarding.drafts.problems() }),
  assignDraft: ({ id, environmentId }) => s.onboarding.assignDraft(id, environmentId),
  listOutbox: async () => ({ items: s.onboarding.listOutbox() }),
  getDraft: ({ id }) => s.onboarding.getDraft(id),
  async saveDraft(input) {
    const draft = await s.onboarding.saveDraft(input);
    return { id: draft.id, revision: draft.revision, updatedAt: draft.updatedAt };
  },
  async deleteDraft({ id }) {
    await s.onboarding.deleteDraft(id);
    return { deleted: true as const };
  },
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
  async discardOutbox({ id }) {
    await s.onboarding.discard(id);
    return { discarded: true as const };
  },
});
