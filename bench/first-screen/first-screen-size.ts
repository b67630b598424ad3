import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a browser must fetch before the first screen can run: the entry script of index.html and every
 * module it preloads (its static imports), gzipped one by one at level 9 as a server would. Lazy chunks that the
 * first screen does not import are not counted.
 */
export const firstScreenJsGzip = async (distDir: string): Promise<number> => {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1] as string);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)].map(
    (m) => m[1] as string,
  );
  const files = [...new Set([...scripts, ...preloads])];
  if (scripts.length === 0) throw new Error(`no entry script in ${distDir}/index.html`);
  let total = 0;
  for (const file of files) total += await gzipSize(join(distDir, file));
  return total;
};

export const gzipSize = async (path: string): Promise<number> =>
  gzipSync(await readFile(path), { level: 9 }).length;
