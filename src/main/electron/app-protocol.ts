import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** Must run before app is ready: the app scheme behaves like https (secure, standard origin). */
export const appSchemePrivileges = [
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false },
  },
];

/** Resolves an app:// URL to a file inside rendererDir, or null when it would leave that folder. */
export const resolveAppFile = (rendererDir: string, requestUrl: string): string | null => {
  const url = new URL(requestUrl);
  if (url.host !== APP_HOST) return null;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${decodeURIComponent(url.pathname)}`);
  return file.startsWith(root + path.sep) ? file : null;
};

export const registerAppProtocol = (
  protocol: Protocol,
  rendererDir: string,
  fetchFile: (fileUrl: string) => Promise<Response>,
  headers: Record<string, string>,
): void => {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    const res = await fetchFile(pathToFileURL(file).toString());
    const merged = new Headers(res.headers);
    for (const [k, v] of Object.entries(headers)) merged.set(k, v);
    return new Response(res.body, { status: res.status, headers: merged });
  });
};
