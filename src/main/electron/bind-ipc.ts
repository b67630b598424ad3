import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { callNames, type ContractSpec } from '../../shared/contract/define';
import type { Dispatcher } from '../ipc/dispatch';
import { isTrustedUrl } from './app-origin';

/**
 * Binds every contract call to ipcMain.handle through one wrapper: the sender must be one of our windows'
 * main frames, loaded from our own origin; then the dispatcher parses input and output.
 */
export const bindIpc = (
  ipcMain: IpcMain,
  contract: ContractSpec,
  dispatch: Dispatcher,
  trust: { origins: readonly string[]; isOwnWindow: (event: IpcMainInvokeEvent) => boolean },
): void => {
  for (const name of callNames(contract)) {
    ipcMain.handle(name, (event, input: unknown) => {
      const frameUrl = event.senderFrame?.url ?? '';
      if (!trust.isOwnWindow(event) || !isTrustedUrl(frameUrl, trust.origins)) {
        return { ok: false, error: { kind: 'forbidden', message: 'This window may not call the app.' } };
      }
      return dispatch(name, input, { host: 'electron' });
    });
  }
};
