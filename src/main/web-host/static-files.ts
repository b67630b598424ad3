import fs from 'node:fs/promises';
import path from 'node:path';
import type { ServerResponse } from 'node:http';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** The path of a request URL (no query), %-decoded; null when an escape is malformed (`/%E0`, `/%`). */
export const decodePath = (url: string): string | null => {
  try {
    return decodeURIComponent(url.split('?')[0] ?? '/');
  } catch {
    return null;
  }
};

/**
 * Serves the built renderer from `root`. A path without a file extension gets index.html (the app's own routes).
 * `decoded` is the request's path, already %-decoded (decodePath). A missing file with an extension (an asset of an older build, say) is a plain 404, never the page in its place.
 */
export const serveStatic = async (
  root: string,
  decoded: string,
  res: ServerResponse,
  headers: Record<string, string>,
) => {
  if (decoded.includes('\0')) return notFound(res, headers);
  const resolved = path.resolve(root, `.${decoded}`);
  const inside = resolved === root || resolved.startsWith(root + path.sep);
  let file = inside ? resolved : path.join(root, 'index.html');
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) file = path.join(file, 'index.html');
  } catch {
    if (path.extname(decoded) !== '') return notFound(res, headers);
    file = path.join(root, 'index.html');
  }
  try {
    const body = await fs.readFile(file);
    res.writeHead(200, {
      ...headers,
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': file.endsWith('index.html') ? 'no-store' : 'public, max-age=31536000, immutable',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
    res.end('The app has not been built. Run: npm run build:web');
  }
};

const notFound = (res: ServerResponse, headers: Record<string, string>) => {
  res.writeHead(404, {
    ...headers,
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end('Not found. If the app was just updated, reload the page.');
};
