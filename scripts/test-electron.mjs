// `npm run test:electron`: the Playwright `_electron` specs (test/electron/) against the built desktop app.
// Where the Electron binary cannot run (not downloaded, does not start, no display) it says so in one line and
// exits 0: `npm test` covers the same Electron glue with a recording fake `electron`.
import { spawnSync } from 'node:child_process';

const skip = (why) => {
  console.log(
    `test:electron skipped: ${why}; the Electron glue is covered by \`npm test\` with a fake electron.`,
  );
  process.exit(0);
};

const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
  encoding: 'utf8',
  timeout: 300_000,
});
const electronPath = probe.stdout?.trim().split('\n').pop();
if (probe.status !== 0 || !electronPath) skip('the Electron binary could not be downloaded here');
const version = spawnSync(electronPath, ['--version'], { encoding: 'utf8', timeout: 30_000 });
if (version.status !== 0) skip('the Electron binary does not start here');
const headlessLinux = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const xvfb = headlessLinux && spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).status === 0;
if (headlessLinux && !xvfb) skip('there is no graphical display (and no xvfb-run)');

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
const built = run('npm', ['run', 'build', '--silent']);
if (built.status !== 0) process.exit(built.status ?? 1);
const playwright = ['playwright', 'test', '-c', 'playwright.electron.config.ts', ...process.argv.slice(2)];
const result = xvfb ? run('xvfb-run', ['-a', 'npx', ...playwright]) : run('npx', playwright);
process.exit(result.status ?? 1);
