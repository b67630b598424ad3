import type { NotificationConstructorOptions } from 'electron';
import type { OsNotifier } from '../platform/types';

/** A hash route of ours (#/sms/acct-1): the only thing a notification click may ask the window to open. */
const isScreenRoute = (screen: string): boolean => /^#\/[a-z-]+(\/[^\s#]*)?$/.test(screen);

interface NotificationClass {
  new (options: NotificationConstructorOptions): {
    show(): void;
    on(event: 'click', listener: () => void): unknown;
  };
  isSupported(): boolean;
}

/** Native notifications; clicking one brings the window forward on the screen the notification is about. */
export const createDesktopNotifier = (
  Notification: NotificationClass,
  openScreen: (screen: string | undefined) => void,
): OsNotifier => ({
  show(title, body, screen) {
    if (!Notification.isSupported()) return false;
    const note = new Notification({ title, body, silent: false });
    note.on('click', () => openScreen(screen && isScreenRoute(screen) ? screen : undefined));
    note.show();
    return true;
  },
});
