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
  /** The draft's environment: required for a new draft, and must match a stored draft's own. */
  environmentId: string;
  data: WizardDraftData;
  passwords?: Record<string, string> | undefined;
}

export interface WizardDrafts {
  save(input: WizardDraftSave): Promise<Draft<WizardDraftData>>;
  get(id: string): Promise<Draft<WizardDraftData>>;
  /** Every draft, of every environment (environmentId null: from an earlier version, not assigned yet). */
  list(): DraftSummaryView[];
  /** The environment of a stored draft (null: from an earlier version), or undefined when there is no such draft. */
  environmentOf(id: string): string | null | undefined;
  /** The update draft in progress for an account in an environment, if any. */
  findUpdate(environmentId: string, accountId: string): DraftSummaryView | undefined;
  /** Gives a draft from an earlier version its environment (once: a draft never moves afterwards). */
  assign(id: string, environmentId: string): Promise<Draft<WizardDraftData>>;
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
      environmentId: d.environmentId ?? null,
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
        environmentId: input.environmentId,
        title: input.data.practice.name.slice(0, 200),
        data: input.data,
      });
      remember(draft);
      return draft;
    },
    get: (id) => store.get(id),
    list,
    environmentOf: (id) => {
      const found = store.list().find((d) => d.id === id);
      return found ? (found.environmentId ?? null) : undefined;
    },
    findUpdate: (environmentId, accountId) =>
      list().find(
        (d) => d.kind === 'update' && d.environmentId === environmentId && d.accountId === accountId,
      ),
    async assign(id, environmentId) {
      const draft = await store.get(id);
      if (draft.environmentId !== undefined) {
        throw new AppError({
          kind: 'conflict',
          message: 'This draft already belongs to an environment; a draft never moves to another one.',
        });
      }
      return store.save({
        id,
        kind: draft.kind,
        ...(draft.accountId === undefined ? {} : { accountId: draft.accountId }),
        environmentId,
        title: draft.title,
        data: draft.data,
      });
    },
    async remove(id) {
      await store.remove(id);
      listed.delete(id);
      await passwords.forget(id);
    },
    problems: () => store.problems().map((p) => ({ file: p.file, reason: p.reason })),
    whenIdle: () => store.whenIdle(),
  };
};
