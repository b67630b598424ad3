// `npm start`: the desktop app through electron-vite dev. Where the Electron binary cannot be had or cannot run
// (no download, no display), say so in one sentence and point to the web host, instead of a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cannotRun = (why) => {
  console.error(
    `Onboarding Desk cannot open its desktop window on this machine (${why}); run \`npm run start:web\` to use it in a browser instead.`,
  );
  process.exit(1);
};

// Resolving the electron package downloads its binary on first use (electron 45 installs lazily).
const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
  encoding: 'utf8',
  timeout: 300_000,
});
const electronPath = probe.stdout?.trim().split('\n').pop();
if (probe.status !== 0 || !electronPath) cannotRun('the Electron binary could not be downloaded');
const version = spawnSync(electronPath, ['--version'], { encoding: 'utf8', timeout: 30_000 });
if (version.status !== 0) cannotRun('the Electron binary does not start here');
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  cannotRun('there is no graphical display');
}

const bin = require.resolve('electron-vite/bin/electron-vite.js');
const child = spawn(process.execPath, [bin, 'dev'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 1));
