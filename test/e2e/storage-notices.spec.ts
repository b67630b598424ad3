import fs from 'node:fs/promises';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { newDataDir, startDeskHost } from './support/desk-host';
import { expectNoSeriousA11yViolations, screenshotDir } from './support/fixtures';

/**
 * A damaged settings.json and partner-details.json (with its backup): the web host starts, the shell names both
 * files, says what was done and where the damaged copies are, and the log names them too.
 */
base('damaged data files are named on screen and in the log', async ({ page }) => {
  const dataDir = await newDataDir();
  await fs.writeFile(path.join(dataDir, 'settings.json'), '{"schemaVersion":1,"activeEnv');
  await fs.writeFile(path.join(dataDir, 'partner-details.json'), '\u0000garbage');
  await fs.writeFile(path.join(dataDir, 'partner-details.json.bak'), '{"version":1,"byEnv');
  const desk = await startDeskHost({ dataDir });
  try {
    await page.goto(desk.url);
    const notices = page.getByRole('alert').filter({ hasText: 'data files were damaged' });
    await expect(notices).toBeVisible();
    await expect(notices.getByTestId('storage-notice')).toHaveCount(3);
    await expect(notices).toContainText('settings.json: the file is not valid JSON (truncated or damaged)');
    await expect(notices).toContainText('partner-details.json.bak');
    await expect(notices).toContainText('The damaged copy is kept as corrupt/settings.json.');
    for (const [width, height, scheme] of [
      [1280, 800, 'light'],
      [1024, 700, 'dark'],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: path.join(screenshotDir, `storage-notices-${width}-${scheme}.png`) });
    }
    await expectNoSeriousA11yViolations(page);
    expect(desk.output()).toContain('"event":"storage.file-set-aside"');
    expect(desk.output()).toContain('partner-details.json');
    await notices.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notices).toBeHidden();
  } finally {
    await desk.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
});
