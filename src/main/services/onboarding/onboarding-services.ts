import type { CoreServices } from '../core-services';
import type { CallInputOf, CallOutputOf } from '../../../shared/contract/call-types';
import { AppError } from '../../../shared/errors';
import { checkAccountIdFree, checkPortalAddressFree } from './availability';
import { convertDraftToUpdate, openEditDraft } from './edit-drafts';
import { reviewDraft } from './review-draft';
import { submitDraft, type SubmitInput } from './submit-draft';
import { openSubmissionQueue, type SubmissionQueue } from './submission-queue';
import { outboxSummary, submissionView } from './submission-view';
import { openUserPasswordVault } from './user-password-vault';
import { openWizardDrafts } from './wizard-drafts';
import { copyToEnvironment } from './copy-to-environment';
import { noteSubmitted } from './submission-facts';
import type { BusinessServices } from '../business/business-services';
import {
  listDraftsByEnvironment,
  productionHold,
  saveOwnDraft,
  type SaveDraftInput,
} from './environment-walls';

export interface OnboardingOptions {
  /** How often queued submissions are retried when Updox is reachable. Default 3 s. */
  outboxIntervalMs?: number;
}

/** The onboarding feature's services (drafts, outbox, submission), built once per app by createAppServices. */
export const createOnboardingServices = async (
  core: CoreServices,
  options: OnboardingOptions = {},
  business: BusinessServices | null = null,
) => {
  const { dataDir } = core.platform;
  const passwords = await openUserPasswordVault(dataDir, core.platform.secrets);
  const drafts = await openWizardDrafts(dataDir, passwords);
  const client = async (environmentId: string) => (await core.updox.session(environmentId)).client;
  const active = () => core.updox.activeEnvironment();
  const outboxListeners = new Set<() => void>();
  // The queue reports from its first write on; its events start once it is open.
  const opened: { queue?: SubmissionQueue } = {};
  const queue: SubmissionQueue = await openSubmissionQueue({
    onChange(item, removed) {
      if (!opened.queue) return;
      const { environmentId, draftId } = item.payload;
      core.events.emit('submission', {
        environmentId,
        draftId,
        view: removed ? null : submissionView(opened.queue, item),
      });
      for (const listener of outboxListeners) listener();
    },
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
      holdReason: (item, confirmedNow) => productionHold(core, item, confirmedNow),
      isActive: (environmentId) => active().id === environmentId,
      connection: core.connection,
      async onDone(item) {
        // Sent: the draft and the sealed passwords are no longer needed.
        await drafts.remove(item.payload.draftId).catch(() => undefined);
        await passwords.forget(item.payload.draftId);
        // Then the pipeline learns of it (it never holds the draft's removal up).
        await noteSubmitted(core.facts, item.payload);
      },
    },
  });
  opened.queue = queue;
  const stateOf = (draftId: string) => {
    const item = queue.forDraft(draftId);
    return item ? submissionView(queue, item) : null;
  };
  /** A draft of the active environment (or AppError naming the environment it belongs to). */
  const ownDraft = async (id: string) => {
    const draft = await drafts.get(id);
    core.updox.assertActive(draft.environmentId ?? null, 'draft');
    return { draft, environmentId: draft.environmentId ?? '' };
  };
  const ownItem = (id: string) => {
    const item = queue.get(id);
    core.updox.assertActive(item.payload.environmentId, 'queued submission');
    return item;
  };

  const listOutbox = () =>
    queue
      .list()
      .filter((i) => i.payload.environmentId === active().id)
      .map(outboxSummary);

  return {
    drafts,
    /** The active environment's submissions waiting in the outbox: shown in the top bar. */
    outboxCount: (): number => queue.pendingCount(active().id),
    /** Called whenever an outbox item changes (the health event's queued count). */
    onOutboxChange(listener: () => void) {
      outboxListeners.add(listener);
    },
    listOutbox,
    /** Every environment's submissions (the outbox as a whole; screens use listOutbox). */
    /** The active environment's outbox, as the Accounts screen shows it. */
    outbox: async (): Promise<CallOutputOf<'onboarding', 'listOutbox'>> => ({ items: listOutbox() }),
    listAllOutbox: () => queue.list().map(outboxSummary),
    listDrafts: () => listDraftsByEnvironment(core, drafts.list(), queue.list()),
    /** The drafts by environment, with the draft files that could not be read (named, never dropped). */
    draftList: async (): Promise<CallOutputOf<'onboarding', 'listDrafts'>> => ({
      ...listDraftsByEnvironment(core, drafts.list(), queue.list()),
      problems: drafts.problems(),
    }),
    async saveDraft(input: SaveDraftInput): Promise<CallOutputOf<'onboarding', 'saveDraft'>> {
      const draft = await saveOwnDraft(core, drafts, input);
      return { id: draft.id, revision: draft.revision, updatedAt: draft.updatedAt };
    },
    async assignDraft({ id, environmentId }: CallInputOf<'onboarding', 'assignDraft'>) {
      core.updox.environment(environmentId);
      const draft = await drafts.assign(id, environmentId);
      return { id: draft.id, environmentId };
    },
    async getDraft({ id }: CallInputOf<'onboarding', 'getDraft'>) {
      const { draft, environmentId } = await ownDraft(id);
      const submission = stateOf(id);
      return {
        id: draft.id,
        kind: draft.kind,
        accountId: draft.accountId ?? '',
        environmentId,
        revision: draft.revision,
        updatedAt: draft.updatedAt,
        data: draft.data,
        passwordsSaved: passwords.keys(id),
        state: submission?.state ?? ('draft' as const),
        submission,
      };
    },
    /** A draft's latest submission (internal: every environment). */
    submission: stateOf,
    /** A draft's latest submission, for the active environment's screens only. */
    async ownSubmission({ id }: CallInputOf<'onboarding', 'getSubmission'>) {
      const item = queue.forDraft(id);
      if (item) core.updox.assertActive(item.payload.environmentId, 'submission');
      return item ? submissionView(queue, item) : null;
    },
    copyToEnvironment: ({ accountId, targetEnvironmentId }: CallInputOf<'onboarding', 'copyToEnvironment'>) =>
      copyToEnvironment({ core, drafts, business }, accountId, targetEnvironmentId),
    openEdit: ({ accountId }: CallInputOf<'onboarding', 'openEdit'>) =>
      openEditDraft(drafts, client, active().id, accountId),
    async convertToUpdate({ id }: CallInputOf<'onboarding', 'convertToUpdate'>) {
      const { environmentId } = await ownDraft(id);
      return convertDraftToUpdate(drafts, queue, () => client(environmentId), id);
    },
    async review({ id }: CallInputOf<'onboarding', 'review'>) {
      const { environmentId } = await ownDraft(id);
      const deps = { drafts, passwords, connection: core.connection, client: () => client(environmentId) };
      return reviewDraft(deps, id);
    },
    submit: (input: SubmitInput) =>
      submitDraft({ drafts, passwords, queue, connection: core.connection, updox: core.updox }, input),
    async retry({ id, confirmProduction }: CallInputOf<'onboarding', 'retryOutbox'>) {
      const item = ownItem(id);
      if (item.status === 'done') return submissionView(queue, item);
      const confirmed = confirmProduction === true || item.payload.confirmedForProduction === true;
      core.updox.guardWrite(item.payload.environmentId, confirmed, `practice ${item.payload.mode}`);
      return submissionView(queue, await queue.send(id, confirmProduction === true));
    },
    /** Replays the outbox now (the background loop does the same every few seconds). */
    replayOutbox: () => queue.replayNow(),
    getOutboxItem: async ({ id }: CallInputOf<'onboarding', 'getOutboxItem'>) =>
      submissionView(queue, ownItem(id)),
    async discard({
      id,
    }: CallInputOf<'onboarding', 'discardOutbox'>): Promise<CallOutputOf<'onboarding', 'discardOutbox'>> {
      ownItem(id);
      await queue.discard(id);
      return { discarded: true };
    },
    async deleteDraft({ id }: CallInputOf<'onboarding', 'deleteDraft'>) {
      // A draft of another environment is not discarded from here; one from an earlier version may be.
      const owner = drafts.environmentOf(id);
      if (owner !== null && owner !== undefined) core.updox.assertActive(owner, 'draft');
      const item = queue.forDraft(id);
      if (item && (item.status === 'queued' || item.status === 'sending')) {
        throw new AppError({
          kind: 'conflict',
          message: 'This draft is queued. Discard it from the outbox first.',
        });
      }
      await drafts.remove(id);
      return { deleted: true } as const;
    },
    checkAccountId: async ({ accountId }: CallInputOf<'onboarding', 'checkAccountId'>) =>
      checkAccountIdFree(await client(active().id), accountId),
    checkPortalAddress: async ({
      websiteAddress,
      accountId,
    }: CallInputOf<'onboarding', 'checkPortalAddress'>) =>
      checkPortalAddressFree(await client(active().id), websiteAddress, accountId),
    async close(): Promise<void> {
      await queue.close();
      await drafts.whenIdle();
    },
  };
};

export type OnboardingServices = Awaited<ReturnType<typeof createOnboardingServices>>;
