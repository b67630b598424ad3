import { test, expect, expectNoSeriousA11yViolations, shoot } from './support/fixtures';

test('Activity says what the app asked Updox to do, and can show the reads too', async ({ page, desk }) => {
  await page.goto(desk.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByTestId('env-sandbox').getByRole('button', { name: 'Test credentials' }).click();
  await expect(page.getByText('Updox accepted the saved credentials.')).toBeVisible();
  await page.getByRole('link', { name: 'Activity' }).click();
  const table = page.getByRole('table', { name: 'Updox activity' });
  await expect(page.getByTestId('activity-environment')).toContainText('Sandbox');
  // A credentials test is a check: hidden with the reads until they are asked for.
  await expect(page.getByText('List the practices')).toHaveCount(0);
  await expect(page.getByText('Test the vendor credentials')).toHaveCount(0);
  await page.getByLabel('Changes and sends only').uncheck();
  await expect(table.getByRole('row', { name: /Test the vendor credentials/ })).toContainText('Done');
  await expect(table.getByText('List the practices').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'activity');
});
