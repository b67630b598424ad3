import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/**
 * The reference for the first-screen row: a bare React 19 app (one component rendered with react-dom/client),
 * built in this run with the same Vite, the same React plugin and the same minifier as the renderer. It lives
 * under out/ so it resolves the project's own react and react-dom.
 */
export const buildBareReactApp = async (root: string): Promise<string> => {
  const dir = join(root, 'out/bench-bare-react');
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'src'), { recursive: true });
  await writeFile(
    join(dir, 'src/index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Bare</title></head>' +
      '<body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>\n',
  );
  await writeFile(
    join(dir, 'src/main.tsx'),
    [
      "import { StrictMode, useState } from 'react';",
      "import { createRoot } from 'react-dom/client';",
      'function App() {',
      '  const [count, setCount] = useState(0);',
      '  return <button onClick={() => setCount(count + 1)}>Clicked {count} times</button>;',
      '}',
      "createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);",
      '',
    ].join('\n'),
  );
  await build({
    configFile: false,
    logLevel: 'error',
    root: join(dir, 'src'),
    base: './',
    plugins: [react()],
    build: { outDir: join(dir, 'dist'), emptyOutDir: true, minify: true, sourcemap: false },
  });
  return join(dir, 'dist');
};
