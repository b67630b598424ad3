import type { Page } from '@playwright/test';
import { test, expect, expectNoSeriousA11yViolations, shoot } from './support/fixtures';
import { callUpdox, smsSendCode } from '../support/sandbox-api';

const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

const fillPartnerWithoutWebsite = async (page: Page) => {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Business details' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Business details' })).toBeVisible();
  await expect(page.getByText(/must match what is on file with Updox/)).toBeVisible();
  await page.getByLabel('Business name').fill('Acme Health IT');
  await page.getByLabel('Contact first name').fill('Jane');
  await page.getByLabel('Contact last name').fill('Smith');
  await page.getByLabel('Contact email').fill('jane@acme');
  await page.getByLabel('Contact phone').fill('(614) 555-0142');
  await page.getByRole('button', { name: 'Save business details' }).click();
  await expect(page.getByRole('alert')).toContainText('Contact email must be');
  await page.getByLabel('Contact email').fill('jane@acme.example.com');
  await page.getByRole('button', { name: 'Save business details' }).click();
  await expect(page.getByText('The sandbox now uses them for SMS verification.')).toBeVisible();
  await expect(page.getByTestId('partner-updated')).toContainText('just now');
};

test('an account without address and website: checklist, form with only those fields, then complete', async ({
  page,
  desk,
}) => {
  test.setTimeout(55_000);
  await page.goto(desk.url);
  await fillPartnerWithoutWebsite(page);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
  await shoot(page, 'business-details');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, 'business-details-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  const created = await callUpdox(desk.sandboxOrigin, 'PracticeCreate', {
    accountId: 'old-clinic',
    name: 'Old Clinic',
    active: true,
  });
  expect(created.responseCode).toBe(2000);
  expect(await smsSendCode(desk.sandboxOrigin, 'old-clinic', 'hi')).toBe(4039);
  const before = (await callUpdox(desk.sandboxOrigin, 'PracticeGet', { accountId: 'old-clinic' }))
    .practice as Record<string, unknown>;

  await go(page, '#/business/old-clinic/sms');
  await expect(page.getByRole('heading', { level: 1, name: 'Missing business info' })).toBeVisible();
  await expect(page.getByTestId('readiness-summary')).toHaveText('Incomplete (5)');
  const missing = page.locator('.readiness-item[data-status="missing"]');
  await expect(missing).toHaveCount(5);
  expect(await missing.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))).toEqual([
    'readiness-address1',
    'readiness-city',
    'readiness-state',
    'readiness-postal',
    'readiness-website',
  ]);
  await expect(page.locator('.readiness-item[data-status="invalid"]')).toHaveCount(0);
  await expect(page.getByTestId('readiness-warning-no-physical-address')).toBeVisible();

  const form = page.getByRole('form', { name: /Missing or invalid/ });
  const labels = await form.locator('label').allTextContents();
  expect(labels).toEqual(['Address line 1', 'City', 'State', 'ZIP code', 'Website URL']);
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'business-missing-form');
  await page
    .getByRole('heading', { level: 2, name: 'SMS business details' })
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot(page, 'business-checklist');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, 'business-checklist-dark');
  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
  await shoot(page, 'business-missing-form-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Rules are checked before anything is sent; the fields are named.
  await form.getByRole('button', { name: 'Save business info' }).click();
  await expect(form.getByRole('alert')).toContainText('Address line 1');
  await form.getByLabel('Address line 1').fill('12 Elm St');
  await form.getByLabel('City').fill('Dublin');
  await form.getByLabel('State').fill('oh');
  await form.getByLabel('ZIP code').fill('43017-1234');
  await form.getByLabel('Website URL').fill('http://bit.ly/oldclinic');
  await form.getByLabel('Website URL').blur();
  await expect(form.getByText(/uses http, not https/)).toBeVisible();
  await expect(form.getByText(/shortened or link-in-bio/)).toBeVisible();
  await form.getByLabel('Website URL').fill('oldclinic.example.com');
  // Typed values survive a reload (sessionStorage).
  await page.reload();
  await expect(page.getByLabel('ZIP code')).toHaveValue('43017-1234');
  await expect(page.getByLabel('Website URL')).toHaveValue('oldclinic.example.com');
  await page.getByRole('button', { name: 'Save business info' }).click();

  const done = page.getByTestId('missing-done');
  await expect(done).toContainText('2 to 3 business days', { timeout: 15_000 });
  // The reachability check ran (no such site here) and warned, without blocking the submit.
  await expect(done.getByTestId('website-check')).toContainText(
    /^The website (could not be found|did not answer|could not be reached|answered)/,
  );
  await expect(page.getByTestId('readiness-summary')).toHaveText('Complete');
  await expect(done.getByRole('link', { name: 'Back to SMS' })).toHaveAttribute('href', '#/sms/old-clinic');

  expect(await smsSendCode(desk.sandboxOrigin, 'old-clinic', 'hi')).toBe(4035);
  const after = (await callUpdox(desk.sandboxOrigin, 'PracticeGet', { accountId: 'old-clinic' }))
    .practice as Record<string, unknown>;
  expect(after).toMatchObject({
    address1: '12 Elm St',
    city: 'Dublin',
    state: 'OH',
    postal: '430171234',
    websiteUrl: 'https://oldclinic.example.com',
  });
  const rest = (p: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(p).filter(([k]) => !['address1', 'city', 'state', 'postal', 'websiteUrl'].includes(k)),
    );
  expect(rest(after)).toEqual(rest(before));
});

test('the form at 1024x700 in the dark theme, and partner fields when the partner contact is missing', async ({
  page,
  desk,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1024, height: 700 });
  const created = await callUpdox(desk.sandboxOrigin, 'PracticeCreate/1.1', {
    accountId: 'sunrise',
    name: 'Sunrise Pediatrics',
    address1: '1 Main St',
    city: 'Dublin',
    state: 'OH',
    postal: '43017',
    websiteUrl: 'https://sunrise.example.com',
    active: true,
  });
  expect(created.responseCode).toBe(2000);
  await page.goto(desk.url);
  await go(page, '#/business/sunrise');
  await expect(page.getByTestId('readiness-summary')).toHaveText('Incomplete (4)');
  const form = page.getByRole('form', { name: /Missing or invalid/ });
  expect(await form.locator('label').allTextContents()).toEqual([
    'Business name (partner)',
    'Contact first name (partner)',
    'Contact last name (partner)',
    'Contact email (partner)',
    'Contact phone (partner)',
  ]);
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'business-missing-partner-dark-1024');
  await form.getByLabel('Business name (partner)').fill('Acme');
  await form.getByLabel('Contact first name (partner)').fill('Jane');
  await form.getByLabel('Contact last name (partner)').fill('Smith');
  await form.getByLabel('Contact email (partner)').fill('jane@acme.example.com');
  await form.getByLabel('Contact phone (partner)').fill('614 555 0142');
  await form.getByRole('button', { name: 'Save business info' }).click();
  await expect(page.getByTestId('missing-done')).toContainText('complete');
  await expect(page.getByRole('link', { name: 'Back to the account' })).toHaveAttribute(
    'href',
    '#/accounts/sunrise',
  );
  expect(await smsSendCode(desk.sandboxOrigin, 'sunrise', 'hi')).toBe(4035);
  // The Business details screen shows what the form saved.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Business details' })
    .click();
  await expect(page.getByLabel('Contact phone')).toHaveValue('(614) 555-0142');
});
