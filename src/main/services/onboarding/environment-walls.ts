import type { CallInputOf } from '../../../shared/contract/call-types';
import type { DraftSummaryView, ElsewhereCount } from '../../../shared/contract/onboarding';
import type { AppErrorData } from '../../../shared/errors';
import type { CoreServices } from '../core-services';
import type { SubmissionItem } from './submission-runner';
import type { WizardDrafts } from './wizard-drafts';

/**
 * The onboarding side of the wall between Updox environments: which drafts a screen lists, how a save keeps a
 * draft in its own environment, and when a queued item must wait instead of being sent.
 */

/** What the wizard's autosave sends, as the contract parsed it. */
export type SaveDraftInput = CallInputOf<'onboarding', 'saveDraft'>;

/**
 * Autosave. A stored draft keeps its environment (a save naming another is refused); it may be saved while
 * another environment is active (what was typed just before a switch is never lost; nothing is sent). A new draft
 * is made in the environment named by the wizard, else the active one.
 */
export const saveOwnDraft = async (core: CoreServices, drafts: WizardDrafts, input: SaveDraftInput) => {
  const owner = drafts.environmentOf(input.id);
  if (owner === null) core.updox.assertActive(null, 'draft');
  const environmentId = owner ?? input.environmentId ?? core.updox.activeEnvironment().id;
  if (owner === undefined) core.updox.environment(environmentId);
  if (input.environmentId !== undefined && input.environmentId !== environmentId) {
    core.updox.assertActive(environmentId, 'draft');
  }
  return drafts.save({ ...input, environmentId });
};

const isPending = (item: SubmissionItem) => item.status === 'queued' || item.status === 'sending';

/** The active environment's drafts; the others' drafts and pending submissions counted; unassigned drafts. */
export const listDraftsByEnvironment = (
  core: CoreServices,
  drafts: DraftSummaryView[],
  items: SubmissionItem[],
) => {
  const { environments, activeEnvironmentId } = core.settings.get();
  const counts = new Map<string, ElsewhereCount>();
  const countFor = (environmentId: string) => {
    let count = counts.get(environmentId);
    if (!count) {
      const environmentName = environments.find((e) => e.id === environmentId)?.name ?? '';
      count = { environmentId, environmentName, drafts: 0, queued: 0 };
      counts.set(environmentId, count);
    }
    return count;
  };
  // A draft whose submission waits is counted once, as the queued submission (the Accounts list shows one row).
  const waitingDrafts = new Set(items.filter(isPending).map((i) => i.payload.draftId));
  for (const draft of drafts) {
    if (draft.environmentId === null || draft.environmentId === activeEnvironmentId) continue;
    if (!waitingDrafts.has(draft.id)) countFor(draft.environmentId).drafts += 1;
  }
  for (const item of items) {
    if (isPending(item) && item.payload.environmentId !== activeEnvironmentId)
      countFor(item.payload.environmentId).queued += 1;
  }
  return {
    drafts: drafts.filter((d) => d.environmentId === activeEnvironmentId),
    elsewhere: [...counts.values()],
    unassigned: drafts.filter((d) => d.environmentId === null),
  };
};

/** A Production item is sent only with the confirmation given at submit (or just now, on a retry). */
export const productionHold = (
  core: CoreServices,
  item: SubmissionItem,
  confirmedNow: boolean,
): AppErrorData | null => {
  const environment = core.settings.get().environments.find((e) => e.id === item.payload.environmentId);
  if (!environment || environment.kind !== 'production') return null;
  if (confirmedNow || item.payload.confirmedForProduction === true) return null;
  return {
    kind: 'forbidden',
    message:
      'This submission goes to Production and was not confirmed for it. It waits: open it and choose Retry to confirm.',
    fields: { confirmProduction: 'Confirm the write to Production.' },
  };
};
