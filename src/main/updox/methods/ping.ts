import type { Caller } from '../caller';
import { okOnly } from '../wire/primitives';

export function pingMethods(call: Caller) {
  return {
    /** Is Updox there at all (no credentials sent). */
    ping: (): Promise<void> => call({ method: 'Ping', auth: 'none', response: okOnly, retry: true }),
    /** Are the vendor credentials accepted. */
    pingWithApplicationAuth: (): Promise<void> =>
      call({ method: 'PingWithApplicationAuth', auth: 'application', response: okOnly, retry: true }),
    /** Does the account exist and is it active (4011 otherwise). */
    pingWithAccountAuth: (accountId: string): Promise<void> =>
      call({
        method: 'PingWithAccountAuth',
        auth: 'account',
        accountId,
        response: okOnly,
        retry: true,
        context: { accountId },
      }),
  };
}
