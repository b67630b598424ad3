import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The web host (`npm run start:web`, the end-to-end tests) built to one JavaScript file, out/web-host/cli.js, like
 * Electron's main: start-up loads plain JavaScript and runs no TypeScript transpiler. Its packages are bundled in
 * too (one file to read and parse instead of hundreds of modules). The renderer it serves is vite.web.config.ts.
 */
export default defineConfig({
  build: {
    ssr: resolve(import.meta.dirname, 'src/main/web-host/cli.ts'),
    outDir: resolve(import.meta.dirname, 'out/web-host'),
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    sourcemap: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'cli.js' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
