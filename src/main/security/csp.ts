/**
 * The Content-Security-Policy of the renderer. No inline or eval'd script anywhere; `connect-src` is what the host
 * needs and nothing more: nothing in Electron (every call goes through IPC), the page's own origin in the web host.
 */
export interface CspOptions {
  readonly connectSrc: readonly string[];
  /** electron-vite dev only: the dev server and its HMR socket. Never used for a packaged app. */
  readonly devServer?: string;
}

export const buildCsp = ({ connectSrc, devServer }: CspOptions): string => {
  const script = devServer ? `'self' 'unsafe-inline' ${devServer}` : "'self'";
  const connect = devServer ? [...connectSrc, devServer, devServer.replace(/^http/, 'ws')] : connectSrc;
  return [
    "default-src 'none'",
    `script-src ${script}`,
    `style-src 'self'${devServer ? " 'unsafe-inline'" : ''}`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect.length ? connect.join(' ') : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
};

export const securityHeaders = (csp: string): Record<string, string> => ({
  'content-security-policy': csp,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
});
