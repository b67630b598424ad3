import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { startDeskHost, type DeskHost } from './desk-host';

/**
 * Where screenshots go: test-results/screenshots (ignored by git), so a test run never writes a tracked file.
 * `npm run screenshots` sets DESK_SCREENSHOTS_DIR to docs/screenshots to refresh the ones the docs show.
 */
export const screenshotDir = path.resolve(
  process.env.DESK_SCREENSHOTS_DIR ?? path.join(import.meta.dirname, '../../../test-results/screenshots'),
);

export interface ReviewShot {
  readonly width: number;
  readonly height: number;
  readonly scheme: 'light' | 'dark';
}

/**
 * The sizes and themes a screen is shot in: all four (1280x800 and 1024x700, light and dark) for
 * `npm run screenshots` or with DESK_ALL_SHOTS=1; in a test run two of them, 1280x800 light and 1024x700 dark,
 * which between them show both sizes and both themes at half the cost.
 */
export const reviewShots: readonly ReviewShot[] =
  process.env.DESK_SCREENSHOTS_DIR || process.env.DESK_ALL_SHOTS
    ? [
        { width: 1280, height: 800, scheme: 'light' },
        { width: 1280, height: 800, scheme: 'dark' },
        { width: 1024, height: 700, scheme: 'light' },
        { width: 1024, height: 700, scheme: 'dark' },
      ]
    : [
        { width: 1280, height: 800, scheme: 'light' },
        { width: 1024, height: 700, scheme: 'dark' },
      ];

/** Each test gets its own web host and data folder. */
export const test = base.extend<{ desk: DeskHost }>({
  // Playwright reads the fixture dependencies from this destructuring; this fixture needs none.
  // eslint-disable-next-line no-empty-pattern
  desk: async ({}, use) => {
    const desk = await startDeskHost();
    await use(desk);
    await desk.stop();
  },
});

export { expect };

/**
 * Fails on any serious or critical axe violation, listing them. Legacy mode runs axe in the page itself: the app
 * has no frames, and the default mode opens and closes a second page for every scan (about half its time).
 */
export const expectNoSeriousA11yViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
};

export const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: false });

/**
 * Review screenshots (`reviewShots`: both sizes and both themes), where every test's shots go (the ignored
 * test-results/screenshots; `npm run screenshots` refreshes docs/screenshots with them).
 */
export const shootBoth = async (page: Page, name: string) => {
  for (const { width, height, scheme } of reviewShots) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: path.join(screenshotDir, `${name}-${scheme}-${width}x${height}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
};
