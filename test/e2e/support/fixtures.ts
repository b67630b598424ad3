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

/** Fails on any serious or critical axe violation, listing them. */
export const expectNoSeriousA11yViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
};

export const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: false });
