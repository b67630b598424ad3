import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * Runs the built desktop app (`npm run test:electron` builds it first). Where the Electron binary cannot run
 * (no download, no display) use `npm test`, whose unit tests drive the same Electron glue with a fake electron.
 */
test('the desktop window shows the shell, has window.api, and no Node in the page', async () => {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'desk-electron-e2e-'));
  const app = await electron.launch({ args: ['.'], env: { ...process.env, DESK_DATA_DIR: dataDir } });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    await expect(page.getByTestId('environment-badge')).toHaveText(/Sandbox/);
    expect(new URL(page.url()).protocol).toBe('app:');
    const globals = await page.evaluate(() => ({
      api: typeof window.api?.app.info,
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }));
    expect(globals).toEqual({ api: 'function', require: 'undefined', process: 'undefined' });
    const info = await page.evaluate(() => window.api!.app.info());
    expect(info).toMatchObject({ ok: true, data: { host: 'electron', dataDir } });
    // Navigation away from the app is refused.
    await page.evaluate(() => (window.location.href = 'https://example.com/'));
    await page.waitForTimeout(500);
    expect(new URL(page.url()).protocol).toBe('app:');
  } finally {
    await app.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
});
