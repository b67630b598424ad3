import type { BrowserWindow, Dialog } from 'electron';
import type { ConfirmRequest } from '../platform/types';

/**
 * A native, window-modal confirmation. Cancel is the default and what Escape chooses, so a stray Enter never
 * writes to Production or deletes anything.
 */
export const nativeConfirm = async (
  dialog: Pick<Dialog, 'showMessageBox'>,
  win: BrowserWindow | undefined,
  request: ConfirmRequest,
): Promise<boolean> => {
  const options = {
    type: 'warning' as const,
    title: request.title,
    message: request.title,
    detail: request.message,
    buttons: [request.confirmLabel, request.cancelLabel ?? 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  return response === 0;
};
