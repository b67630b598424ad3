import type { CallInputOf } from '../../../shared/contract/call-types';
import { checkWizardRecord, type SubmissionView } from '../../../shared/contract/onboarding';
import { AppError } from '../../../shared/errors';
import type { ConnectionMonitor } from '../connection/connection-monitor';
import type { UpdoxGateway } from '../updox/updox-gateway';
import { payloadFromRecord } from './submission-payload';
import type { SubmissionQueue } from './submission-queue';
import { submissionView } from './submission-view';
import type { UserPasswordVault } from './user-password-vault';
import { nameUserProblems } from '../../../shared/domain/user-problem-names';
import type { WizardDrafts } from './wizard-drafts';

export interface SubmitDeps {
  drafts: WizardDrafts;
  passwords: UserPasswordVault;
  queue: SubmissionQueue;
  connection: ConnectionMonitor;
  updox: UpdoxGateway;
}

export type SubmitInput = CallInputOf<'onboarding', 'submit'>;

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Checks the draft with the wizard's own rules, journals it in the outbox (on disk before anything is sent), then
 * sends it when Updox is reachable; otherwise it stays queued for the background loop.
 */
export const submitDraft = async (deps: SubmitDeps, input: SubmitInput): Promise<SubmissionView> => {
  const draft = await deps.drafts.get(input.id);
  // The wall: a draft is sent only to its own environment, and only from that environment's screens.
  deps.updox.assertActive(draft.environmentId ?? null, 'draft');
  const environment = deps.updox.environment(draft.environmentId ?? '');
  const previous = deps.queue.forDraft(draft.id);
  if (previous && (previous.status === 'queued' || previous.status === 'sending')) {
    throw new AppError({
      kind: 'conflict',
      message: 'This draft is already queued. It will be sent when Updox can be reached.',
    });
  }
  const checked = checkWizardRecord(draft.data, (key) => deps.passwords.get(draft.id, key));
  if (!checked.ok) {
    const named = nameUserProblems(draft.data.users, checked.problems);
    const problems = Object.values(named);
    throw new AppError({
      kind: 'validation',
      message: `Nothing was sent: ${count(problems.length, 'problem')} to fix. ${problems[0] ?? ''}`,
      fields: named,
    });
  }
  const mode = draft.kind === 'update' ? 'update' : draft.data.submitMode === 'save' ? 'save' : 'create';
  const wasActive = draft.data.baseline?.practice.active ?? true;
  if (!checked.record.practice.active && wasActive && input.confirmDeactivate !== true) {
    throw new AppError({
      kind: 'validation',
      message:
        'This makes the account inactive: an inactive account cannot authenticate, so nobody can sign in or use it through the API. Confirm to go on.',
      fields: { confirmDeactivate: 'Confirm that the account should be inactive.' },
    });
  }
  deps.updox.guardWrite(environment.id, input.confirmProduction, `practice ${mode}`);
  // A retry after a partial failure: the practice step, if done, is carried over, and so is every location and
  // user already saved (by row, sent again only if changed since). The old entry goes once the new one is on disk.
  const carry = previous && previous.status === 'failed' ? previous : undefined;
  const doneSteps = carry?.completedSteps.includes('practice') ? (['practice'] as const) : [];
  const confirmedForProduction = environment.kind === 'production' && input.confirmProduction === true;
  let item = await deps.queue.enqueue(
    payloadFromRecord(checked.record, {
      draftId: draft.id,
      environmentId: environment.id,
      mode,
      ...(confirmedForProduction ? { confirmedForProduction } : {}),
    }),
    doneSteps,
    carry?.id,
  );
  if (carry) await deps.queue.discard(carry.id);
  const { state } = await deps.connection.current();
  if (state === 'online') item = await deps.queue.send(item.id);
  return submissionView(deps.queue, item);
};
