import { join } from 'node:path';
import type { Bench } from './bench-types';
import { buildBareReactApp } from './first-screen/bare-react-app';
import { firstScreenJsGzip, gzipSize } from './first-screen/first-screen-size';
import { ensureWebBuilt, root, runTool } from './support/project';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The JavaScript of the first screen (gzip) next to a bare React 19 + Vite app built by this run, and the preload
 * bundle as `npm run build` (electron-vite) emits it for the desktop app.
 */
const bench: Bench = {
  description: 'first-screen JavaScript and the preload bundle, gzip, built in this run',
  async run() {
    await ensureWebBuilt();
    const bareDir = await buildBareReactApp(root);
    const ours = await firstScreenJsGzip(join(root, 'out/web'));
    const bare = await firstScreenJsGzip(bareDir);
    await runTool('electron-vite', ['build', '--logLevel', 'error']);
    const preload = await gzipSize(join(root, 'out/preload/index.cjs'));
    return [
      {
        measure: 'first-screen JS, gzip, vs a bare React 19 + Vite app',
        value: ours / bare,
        unit: 'ratio',
        target: 1.5,
        op: '<=',
        reference: `ours ${kb(ours)}, bare React 19 app ${kb(bare)}`,
      },
      {
        measure: 'preload bundle (out/preload/index.cjs), gzip',
        value: preload,
        unit: 'bytes',
        target: 5 * 1024,
      },
    ];
  },
};
export default bench;
