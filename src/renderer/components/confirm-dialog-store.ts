import { create } from 'zustand';
import type { ConfirmRequest } from '../../shared/contract/app';

interface Pending extends ConfirmRequest {
  resolve(confirmed: boolean): void;
}

interface ConfirmDialogState {
  pending: Pending | null;
  answer(confirmed: boolean): void;
}

/** The in-app confirmation on screen (one at a time), answered by <ConfirmDialog>. */
export const useConfirmDialog = create<ConfirmDialogState>((set, get) => ({
  pending: null,
  answer(confirmed) {
    const pending = get().pending;
    set({ pending: null });
    pending?.resolve(confirmed);
  },
}));

/** Shows the in-app dialog and resolves with the person's answer. A second request cancels the first. */
export const askInApp = (request: ConfirmRequest): Promise<boolean> =>
  new Promise((resolve) => {
    useConfirmDialog.getState().pending?.resolve(false);
    useConfirmDialog.setState({ pending: { ...request, resolve } });
  });
