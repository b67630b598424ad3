import { hostKind } from '../../api/client';
import { useLeaveGuard } from '../../stores/leave-guard-store';
import type { Route } from '../../stores/route-store';
import { parseHash } from '../../stores/route-store';
import { useSmsDraft } from './sms-draft-store';

export const smsMemoryNote =
  'The number and message are kept only in this app’s memory, never saved to disk, because they may be health information: closing or reloading the app loses them.';

/** The SMS screen, and the Missing Business Info form it opens before a send: going between them never asks. */
const inSending = (route: Route): boolean =>
  route.section === 'sms' || (route.section === 'business' && route.params[1] === 'sms');

const typed = (): boolean => {
  const { to, message } = useSmsDraft.getState();
  return to.trim() !== '' || message.trim() !== '';
};

/**
 * While a recipient or a message is typed, leaving the SMS screen asks first (in the app), and in a browser so
 * does closing or reloading the tab (beforeunload): the draft is in memory only, on purpose. Installed once, when
 * the SMS screen is first loaded; it asks about the draft as it is at the moment of leaving.
 */
export const installSmsLeaveGuard = (): void => {
  useLeaveGuard.getState().setGuard({
    id: 'sms',
    blocks: (from, to) => inSending(from) && !inSending(to) && typed(),
    title: 'Leave the message you typed?',
    message:
      'The message and the number you typed are kept only in this app’s memory, never on disk, because they may be health information. If you leave, they stay until the app is closed or reloaded.',
    discard: () => useSmsDraft.getState().discard(),
  });
  // In a browser the tab asks before closing; Electron's window would refuse to close without asking.
  if (hostKind === 'web') {
    window.addEventListener('beforeunload', (e) => {
      if (!inSending(parseHash(window.location.hash)) || !typed()) return;
      e.preventDefault();
      e.returnValue = '';
    });
  }
};
