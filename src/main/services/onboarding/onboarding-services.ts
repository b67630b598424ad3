import type { CoreServices } from '../core-services';
import { AppError } from '../../../shared/errors';
import { checkAccountIdFree, checkPortalAddressFree } from './availability';
import { convertDraftToUpdate, openEditDraft } from './edit-drafts';
import { reviewDraft } from './review-draft';
import { submitDraft, type SubmitInput } from './submit-draft';
import { openSubmissionQueue } from './submission-queue';
import { outboxSummary, submissionView } from './submission-view';
import { openUserPasswordVault } from './user-password-vault';
import { openWizardDrafts } from './wizard-drafts';

export interface OnboardingOptions {
  /** How often queued submissions are retried when Updox is reachable. Default 3 s. */
  outboxIntervalMs?: number;
}

/** The onboarding feature's services (drafts, outbox, submission), built once per app by createAppServices. */
export const createOnboardingServices = async (core: CoreServices, options: OnboardingOptions = {}) => {
  const { dataDir } = core.platform;
  const passwords = await openUserPasswordVault(dataDir, core.platform.secrets);
  const drafts = await openWizardDrafts(dataDir, passwords);
  const client = async (environmentId?: string) => (await core.updox.session(environmentId)).client;
  const queue = await openSubmissionQueue({
    dataDir,
    intervalMs: options.outboxIntervalMs ?? 3_000,
    onQueuedSent: (item) => {
      const { practice } = item.payload;
      core.platform.notifier.show(
        'Queued practice sent',
        `${practice.name} was sent to Updox now that it is reachable again.`,
        practice.accountId ? `#/accounts/${encodeURIComponent(practice.accountId)}` : '#/accounts',
      );
    },
    deps: {
      passwords,
      client,
      connection: core.connection,
      async onDone(item) {
        // Sent: the draft and the sealed passwords are no longer needed.
        await drafts.remove(item.payload.draftId).catch(() => undefined);
        await passwords.forget(item.payload.draftId);
      },
    },
  });
  const stateOf = (draftId: string) => {
    const item = queue.forDraft(draftId);
    return item ? submissionView(queue, item) : null;
  };

  return {
    drafts,
    /** Submissions waiting in the outbox: shown in the top bar. */
    outboxCount: (): number => queue.pendingCount(),
    listOutbox: () => queue.list().map(outboxSummary),
    async getDraft(id: string) {
      const draft = await drafts.get(id);
      const submission = stateOf(id);
      return {
        id: draft.id,
        kind: draft.kind,
        accountId: draft.accountId ?? '',
        revision: draft.revision,
        updatedAt: draft.updatedAt,
        data: draft.data,
        passwordsSaved: passwords.keys(id),
        state: submission?.state ?? ('draft' as const),
        submission,
      };
    },
    submission: stateOf,
    openEdit: (accountId: string) => openEditDraft(drafts, () => client(), accountId),
    convertToUpdate: (id: string) => convertDraftToUpdate(drafts, queue, () => client(), id),
    review: (id: string) =>
      reviewDraft({ drafts, passwords, connection: core.connection, client: () => client() }, id),
    submit: (input: SubmitInput) =>
      submitDraft({ drafts, passwords, queue, connection: core.connection, updox: core.updox }, input),
    async retry(id: string, confirmProduction: boolean | undefined) {
      const item = queue.get(id);
      if (item.status === 'done') return submissionView(queue, item);
      core.updox.guardWrite(confirmProduction, `practice ${item.payload.mode}`);
      return submissionView(queue, await queue.send(id));
    },
    getOutboxItem: (id: string) => submissionView(queue, queue.get(id)),
    async discard(id: string) {
      queue.get(id);
      await queue.discard(id);
    },
    async deleteDraft(id: string) {
      const item = queue.forDraft(id);
      if (item && (item.status === 'queued' || item.status === 'sending')) {
        throw new AppError({
          kind: 'conflict',
          message: 'This draft is queued. Discard it from the outbox first.',
        });
      }
      await drafts.remove(id);
    },
    checkAccountId: async (accountId: string) => checkAccountIdFree(await client(), accountId),
    checkPortalAddress: async (address: string, accountId: string) =>
      checkPortalAddressFree(await client(), address, accountId),
    async close(): Promise<void> {
      await queue.close();
      await drafts.whenIdle();
    },
  };
};

export type OnboardingServices = Awaited<ReturnType<typeof createOnboardingServices>>;
