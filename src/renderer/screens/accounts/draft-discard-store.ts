import { create } from 'zustand';
import type { AppErrorData } from '../../../shared/errors';
import type { DraftSummaryView } from '../../../shared/contract/onboarding';
import { api } from '../../api/client';
import type { AccountRow } from './account-row';

/** How long a discarded draft can be brought back with Undo before its file is deleted. */
export const UNDO_MS = 15_000;

interface Discarded {
  readonly id: string;
  readonly name: string;
}

interface DraftDiscardState {
  /** Discarded, not deleted yet: hidden everywhere, and Undo brings them back. */
  discarded: readonly Discarded[];
  error: AppErrorData | null;
  discard(draft: Discarded): void;
  undo(id: string): void;
}

const timers = new Map<string, number>();

const deleteNow = async (id: string) => {
  window.clearTimeout(timers.get(id));
  timers.delete(id);
  const r = await api.onboarding.deleteDraft({ id });
  useDraftDiscard.setState((s) => ({
    discarded: s.discarded.filter((d) => d.id !== id),
    error: r.ok ? null : r.error,
  }));
};

/**
 * Discard with Undo for wizard drafts: the draft disappears at once, and its file is deleted UNDO_MS later unless
 * the person chose Undo (or at once when the page is closed, so a discard is never silently forgotten).
 */
export const useDraftDiscard = create<DraftDiscardState>((set) => ({
  discarded: [],
  error: null,
  discard(draft) {
    set((s) => ({ discarded: [...s.discarded.filter((d) => d.id !== draft.id), draft], error: null }));
    timers.set(
      draft.id,
      window.setTimeout(() => void deleteNow(draft.id), UNDO_MS),
    );
  },
  undo(id) {
    window.clearTimeout(timers.get(id));
    timers.delete(id);
    set((s) => ({ discarded: s.discarded.filter((d) => d.id !== id) }));
  },
}));

window.addEventListener('pagehide', () => {
  for (const id of [...timers.keys()]) void deleteNow(id);
});

/** The list's drafts and rows without the drafts waiting out their Undo (an account in Updox keeps its row). */
export const withoutDiscarded = (
  data: { drafts: readonly DraftSummaryView[]; rows: readonly AccountRow[] },
  discarded: readonly Discarded[],
): { drafts: readonly DraftSummaryView[]; rows: readonly AccountRow[] } => {
  if (discarded.length === 0) return data;
  const ids = new Set(discarded.map((d) => d.id));
  return {
    drafts: data.drafts.filter((d) => !ids.has(d.id)),
    rows: data.rows.filter((r) => r.inUpdox || r.draftId === null || !ids.has(r.draftId)),
  };
};
