import type { Page } from '@playwright/test';
import { test, expect, expectNoSeriousA11yViolations, shootBoth } from './support/fixtures';

const openBusiness = async (page: Page) => {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Business details' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Business details' })).toBeVisible();
};

test('what is typed in Business details survives leaving the screen and a reload, only in its environment', async ({
  page,
  desk,
}) => {
  test.setTimeout(120_000);
  await page.goto(desk.url);
  await openBusiness(page);
  await page.getByLabel('Business name').fill('Acme Health IT');
  await page.getByLabel('Contact email').fill('jane@acme');
  await expect(page.getByTestId('partner-draft-note')).toContainText('kept as a draft');

  // Another screen, then back: nothing lost.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Accounts' }).click();
  await openBusiness(page);
  await expect(page.getByLabel('Business name')).toHaveValue('Acme Health IT');
  await expect(page.getByLabel('Contact email')).toHaveValue('jane@acme');
  await expect(page.getByTestId('partner-draft-note')).toContainText('Restored what you typed earlier');
  await expectNoSeriousA11yViolations(page);
  await shootBoth(page, 'business-draft-restored');

  // A reload right after typing: nothing lost either.
  await page.getByLabel('Contact first name').fill('Jane');
  await page.reload();
  await expect(page.getByLabel('Contact first name')).toHaveValue('Jane');
  await expect(page.getByLabel('Business name')).toHaveValue('Acme Health IT');

  // Another environment shows its own (empty) form, not this draft.
  const select = await page.evaluate(async (token) => {
    const r = await fetch('/rpc/environments.select', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-desk-token': token },
      body: JSON.stringify({ input: { id: 'qa' } }),
    });
    return `${r.status} ${await r.text()}`.slice(0, 300);
  }, desk.token);
  expect(select).toMatch(/^200 {"ok":true/);
  await page.reload();
  await openBusiness(page);
  await expect(page.getByLabel('Business name')).toHaveValue('');
  await expect(page.getByTestId('partner-draft-note')).toHaveCount(0);
});

test('Discard changes brings back the saved details and forgets the draft', async ({ page, desk }) => {
  test.setTimeout(120_000);
  await page.goto(desk.url);
  await openBusiness(page);
  await page.getByLabel('Business name').fill('Typed by mistake');
  await expect(page.getByTestId('partner-draft-note')).toContainText('kept as a draft');
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByLabel('Business name')).toHaveValue('');
  await page.reload();
  await openBusiness(page);
  await expect(page.getByLabel('Business name')).toHaveValue('');
  await expect(page.getByTestId('partner-draft-note')).toHaveCount(0);
});
