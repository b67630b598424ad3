import path from 'node:path';
import {
  wizardDraftDataSchema,
  type DraftSummaryView,
  type WizardDraftData,
} from '../../../shared/contract/onboarding';
import { AppError } from '../../../shared/errors';
import { openDraftStore, type DraftStore } from '../drafts/draft-store';
import type { Draft } from '../drafts/draft-schema';
import type { UserPasswordVault } from './user-password-vault';

export interface WizardDraftSave {
  id: string;
  kind: 'create' | 'update';
  accountId?: string | undefined;
  data: WizardDraftData;
  passwords?: Record<string, string> | undefined;
}

export interface WizardDrafts {
  save(input: WizardDraftSave): Promise<Draft<WizardDraftData>>;
  get(id: string): Promise<Draft<WizardDraftData>>;
  list(): DraftSummaryView[];
  /** The update draft in progress for an account, if any. */
  findUpdate(accountId: string): DraftSummaryView | undefined;
  remove(id: string): Promise<void>;
  problems(): { file: string; reason: string }[];
  whenIdle(): Promise<void>;
}

interface Listed {
  city: string;
  state: string;
  accountId: string;
}

/** The wizard's drafts: <dataDir>/drafts, one atomic file each; passwords go to the vault, never the file. */
export const openWizardDrafts = async (
  dataDir: string,
  passwords: UserPasswordVault,
): Promise<WizardDrafts> => {
  // The list shows city and state, which live in the data: kept from the one read at open, then kept up.
  const listed = new Map<string, Listed>();
  const remember = (draft: Draft<WizardDraftData>) =>
    listed.set(draft.id, {
      city: draft.data.practice.city,
      state: draft.data.practice.state,
      accountId: draft.data.practice.accountId.trim().slice(0, 100),
    });
  const store: DraftStore<WizardDraftData> = await openDraftStore({
    dir: path.join(dataDir, 'drafts'),
    dataSchema: wizardDraftDataSchema,
    onOpen: remember,
  });

  const list = (): DraftSummaryView[] =>
    store.list().map((d) => ({
      id: d.id,
      kind: d.kind,
      accountId: d.accountId ?? listed.get(d.id)?.accountId ?? '',
      name: d.title,
      city: listed.get(d.id)?.city ?? '',
      state: listed.get(d.id)?.state ?? '',
      updatedAt: d.updatedAt,
    }));

  return {
    async save(input) {
      if (input.kind === 'update' && !input.accountId) {
        throw new AppError({ kind: 'validation', message: 'An update draft needs its account ID.' });
      }
      if (input.passwords) await passwords.set(input.id, input.passwords);
      const trimmed = input.accountId?.trim() ?? '';
      // The draft index keeps an account ID of up to 100 characters; a longer one is only in the data.
      const accountId = trimmed !== '' && trimmed.length <= 100 ? trimmed : undefined;
      const draft = await store.save({
        id: input.id,
        kind: input.kind,
        ...(accountId === undefined ? {} : { accountId }),
        title: input.data.practice.name.slice(0, 200),
        data: input.data,
      });
      remember(draft);
      return draft;
    },
    get: (id) => store.get(id),
    list,
    findUpdate: (accountId) => list().find((d) => d.kind === 'update' && d.accountId === accountId),
    async remove(id) {
      await store.remove(id);
      listed.delete(id);
      await passwords.forget(id);
    },
    problems: () => store.problems().map((p) => ({ file: p.file, reason: p.reason })),
    whenIdle: () => store.whenIdle(),
  };
};
