import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, expectNoSeriousA11yViolations, shootBoth } from './support/fixtures';
import { fillValidPractice } from './wizard-support';
import { switchToProductionInSettings } from './support/switch-environment';

const toReviewInProduction = async (page: Page, url: string) => {
  await page.goto(url);
  await page.getByRole('link', { name: 'Settings' }).click();
  await switchToProductionInSettings(page);
  await page.goto(`${url}#/new`);
  await fillValidPractice(page, 'prod-confirm-e2e');
  await page.getByRole('button', { name: 'Review', exact: true }).click();
};

test('a write to Production asks in an accessible in-app dialog; Cancel and Escape send nothing', async ({
  page,
  desk,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  let confirms = 0;
  page.on('dialog', () => (confirms += 1)); // window.confirm would land here: it must never be used.
  await toReviewInProduction(page, desk.url);
  const create = page.getByRole('button', { name: 'Create practice' });
  await create.click();

  const dialog = page.getByRole('alertdialog', { name: 'Write to Production?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(dialog).toContainText('If you cancel, nothing is sent.');
  // Cancel has the first focus; Tab and Shift+Tab stay inside the dialog.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Write to Production' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Write to Production' })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await shootBoth(page, 'confirm-production');

  // Escape answers no: nothing queued.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('submission')).toHaveCount(0);

  // Cancel answers no too.
  await create.click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('submission')).toHaveCount(0);

  // Confirmed: main accepts the write (Production is unreachable here, so it is queued).
  await create.click();
  await dialog.getByRole('button', { name: 'Write to Production' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('submission')).toBeVisible();
  expect(confirms).toBe(0);
});

test('Settings → About shows where the logs are; the web host says it cannot open the folder', async ({
  page,
  desk,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${desk.url}#/settings`);
  const about = page.getByRole('region', { name: 'About this app' });
  await expect(about.getByTestId('logs-dir')).toHaveText(path.join(desk.dataDir, 'logs'));
  await expect(about.getByTestId('logs-hint')).toContainText('open this path in your file manager');
  await expect(about.getByRole('button', { name: 'Open logs folder' })).toHaveCount(0);
  await about.scrollIntoViewIfNeeded();
  await expectNoSeriousA11yViolations(page);
  await shootBoth(page, 'settings-about');
});
