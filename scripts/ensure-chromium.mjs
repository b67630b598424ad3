// Before the end-to-end tests: find a Chromium ($PLAYWRIGHT_CHROMIUM_PATH, /usr/bin/chromium, or Playwright's own);
// where there is none, fetch Playwright's own and say so in one line; where that fails, name the command that fixes it.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const candidates = [process.env.PLAYWRIGHT_CHROMIUM_PATH, '/usr/bin/chromium', chromium.executablePath()];
if (candidates.some((p) => p && existsSync(p))) process.exit(0);

console.log("No Chromium found: fetching Playwright's own (npx playwright install chromium).");
const fetched = spawnSync('npx', ['playwright', 'install', 'chromium'], {
  stdio: 'ignore',
  shell: process.platform === 'win32',
});
if (fetched.status === 0 && existsSync(chromium.executablePath())) process.exit(0);
console.error(
  'Chromium could not be fetched. Run `npx playwright install --with-deps chromium` with internet access, then `npm test` again.',
);
process.exit(1);
