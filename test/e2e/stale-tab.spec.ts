import { test, expect } from './support/fixtures';

test('a screen whose files are gone (a tab left open across an update) offers a reload, not a blank page', async ({
  page,
  desk,
}) => {
  await page.goto(desk.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  // As after a rebuild: the screen files this tab would load no longer exist.
  await page.route('**/assets/ActivityScreen-*.js', (route) =>
    route.fulfill({ status: 404, body: 'Not found' }),
  );
  await page.getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByRole('alert')).toContainText('This screen could not be shown');
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  // Other screens still work from the same tab.
  await page.getByRole('link', { name: 'Accounts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
});
