import type { CallInput, CallOutput } from '../../shared/contract/define';
import type { Contract } from '../../shared/contract';
import type { DeskBridge } from '../../shared/contract/events';
import type { Result } from '../../shared/errors';

/** What screens call: one typed method per contract entry, answering a Result. Same shape as window.api. */
export type ApiClient = {
  [D in keyof Contract]: {
    [M in keyof Contract[D]]: (
      input: CallInput<Contract[D][M]>,
    ) => Promise<Result<CallOutput<Contract[D][M]>>>;
  };
};

declare global {
  interface Window {
    /** Present in the Electron desktop app (preload); absent in a browser on the web host. */
    api?: ApiClient;
    /** Present in the desktop app: main's events, one subscribe each, and open-screen requests. */
    desk?: DeskBridge;
  }
}
