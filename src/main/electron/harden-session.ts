import type { Session } from 'electron';

/** No camera, microphone, geolocation, notifications-by-page or anything else a page may ask for. */
export const hardenSession = (session: Session, csp: string): void => {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
};
