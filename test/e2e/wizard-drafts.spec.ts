import { test, expect } from './support/fixtures';
import { startDeskHost } from './support/desk-host';

test('a draft survives the host being killed mid-typing', async ({ page, desk }) => {
  await page.goto(`${desk.url}#/new`);
  await page.getByLabel('Practice name').fill('Crash Clinic');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('City').fill('Columbus');
  // The autosave that carries the ZIP code (a blur may flush an earlier one first).
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/rpc/onboarding.saveDraft') && (r.request().postData() ?? '').includes('"4321"'),
  );
  await page.getByLabel('ZIP code').fill('4321');
  await saved;
  await expect(page.getByTestId('autosave')).toHaveText(/Saved/);
  const draftUrl = page.url();
  expect(draftUrl).toMatch(/#\/new\/[0-9a-f-]{36}$/);
  const draftId = draftUrl.split('/').at(-1)!;
  await desk.kill();
  // The page says its host is gone (not "Online"), and that what was typed is kept.
  await expect(page.getByTestId('connection')).toContainText('App host not answering');
  await expect(page.getByTestId('connection')).toContainText('what you typed is kept');

  const again = await startDeskHost({ dataDir: desk.dataDir });
  try {
    await page.goto(`${again.url}#/new/${draftId}`);
    await expect(page.getByRole('heading', { name: /Step 2 of 7/ })).toBeVisible();
    await expect(page.getByLabel('City')).toHaveValue('Columbus');
    await expect(page.getByLabel('ZIP code')).toHaveValue('4321');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByLabel('Practice name')).toHaveValue('Crash Clinic');
    await expect(page.getByLabel('Account ID')).toHaveValue('crash-clinic');
  } finally {
    await again.stop();
  }
});
