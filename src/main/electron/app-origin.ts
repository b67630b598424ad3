/** The renderer is served from this custom protocol in a packaged app: its own files, its own origin. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** Where the renderer may live: the app protocol, or the electron-vite dev server in development only. */
export const trustedOrigins = (devServerUrl: string | undefined): string[] =>
  devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN];

export const isTrustedUrl = (url: string, origins: readonly string[]): boolean => {
  try {
    const parsed = new URL(url);
    return origins.includes(parsed.origin) || origins.includes(`${parsed.protocol}//${parsed.host}`);
  } catch {
    return false;
  }
};

/** Only well-formed http(s) links leave the app, and only to the system browser. */
export const externalLinkAllowed = (url: string): boolean => {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname.length > 0;
  } catch {
    return false;
  }
};
