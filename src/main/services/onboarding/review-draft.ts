import { checkWizardRecord, type ReviewView } from '../../../shared/contract/onboarding';
import { diffPractice } from '../../../shared/domain/practice-diff';
import { practiceTypedShape, type Practice } from '../../../shared/domain/practice';
import { practiceFields } from '../../../shared/domain/labels';
import { nameUserProblems } from '../../../shared/domain/user-problem-names';
import type { UpdoxClient } from '../../updox/client';
import type { ConnectionMonitor } from '../connection/connection-monitor';
import { practiceFromDetails } from './submission-payload';
import type { UserPasswordVault } from './user-password-vault';
import type { WizardDrafts } from './wizard-drafts';

/** Each field normalized the way it will be stored; a field that does not pass keeps what was typed. */
export const asStoredPractice = (typed: Record<string, unknown>): Practice => {
  const out: Record<string, unknown> = {};
  for (const field of practiceFields) {
    const parsed = practiceTypedShape[field].safeParse(typed[field]);
    out[field] = parsed.success ? parsed.data : typed[field];
  }
  // Every field is a string or a boolean by now: the draft schema guarantees the raw values' types.
  return out as Practice;
};

const methodName = { create: 'PracticeCreate/1.1', save: 'PracticeSave/1.1', update: 'PracticeUpdate/1.1' };

/** Review: the draft checked with the same rules as submit, and for an update the diff against Updox now. */
export const reviewDraft = async (
  deps: {
    drafts: WizardDrafts;
    passwords: UserPasswordVault;
    connection: ConnectionMonitor;
    client: () => Promise<UpdoxClient>;
  },
  id: string,
): Promise<ReviewView> => {
  const draft = await deps.drafts.get(id);
  const checked = checkWizardRecord(draft.data, (key) => deps.passwords.get(id, key));
  const after = asStoredPractice(draft.data.practice);
  let current: ReviewView['current'] = null;
  let before: Practice | null = null;
  if (draft.kind === 'update') {
    const saved = draft.data.baseline;
    try {
      const { state } = await deps.connection.current();
      if (state !== 'online') throw new Error('offline');
      const live = await (await deps.client()).practiceGet(after.accountId);
      before = asStoredPractice(practiceFromDetails(live));
      current = { source: 'live', fetchedAt: new Date().toISOString() };
    } catch {
      if (saved) {
        before = asStoredPractice(saved.practice);
        current = { source: 'saved', fetchedAt: saved.fetchedAt };
      }
    }
  }
  return {
    // Checked with the passwords as sealed in the vault (the renderer only knows one is saved), each user named.
    problems: checked.ok ? {} : nameUserProblems(draft.data.users, checked.problems),
    current,
    diff: before ? diffPractice(before, after) : null,
    deactivating: after.active === false && (before?.active ?? true) !== false,
    method: methodName[draft.kind === 'update' ? 'update' : draft.data.submitMode],
  };
};
