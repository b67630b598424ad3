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
  await expect(page.locator('.business-lead')).toHaveText(
    /^These are your company's details \(Updox calls your company “the partner”\), not a practice's\.$/,
  );
  await expect(page.getByText(/must match what is on file with Updox/)).toBeVisible();
  // The same state picker as the wizard: the 56 codes and their names, plus "Choose…".
  await expect(page.getByLabel('State').locator('option')).toHaveCount(57);
  await page.getByRole('button', { name: 'Save business details' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toContainText('Check 5 fields');
  await expect(summary.getByRole('listitem')).toHaveCount(5);
  await expect(page.getByLabel('Business name')).toBeFocused();
  await summary.getByRole('button', { name: /^Contact phone/ }).click();
  await expect(page.getByLabel('Contact phone')).toBeFocused();
  await page.getByLabel('Business name').fill('Acme Health IT');
  await page.getByLabel('Contact first name').fill('Jane');
  await page.getByLabel('Contact last name').fill('Smith');
  await page.getByLabel('Contact email').fill('jane@acme');
  await page.getByLabel('Contact phone').fill('(614) 555-0142');
  await page.getByRole('button', { name: 'Save business details' }).click();
  await expect(page.getByRole('alert')).toContainText('Check 1 field');
  await expect(page.getByRole('alert')).toContainText('Contact email must be');
  await expect(page.getByLabel('Contact email')).toBeFocused();
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
  await expect(page.getByTestId('readiness-warning-no-physical-address')).toHaveText(
    "This practice has no street address in Updox, so SMS can't be used until one is added: Address line 1, City, State and ZIP code.",
  );

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

  // Rules are checked before anything is sent: every field is listed, and the caret goes to the first.
  await form.getByRole('button', { name: 'Save SMS business details' }).click();
  const summary = form.getByTestId('error-summary');
  await expect(summary).toContainText('Check 5 fields');
  await expect(summary.getByRole('listitem')).toHaveText([
    /^Address line 1 /,
    /^City /,
    /^State /,
    /^ZIP code /,
    /^Website URL /,
  ]);
  await expect(form.getByLabel('Address line 1')).toBeFocused();
  // The ZIP rule shows once: as the error now, not also as the hint.
  await expect(form.getByText(/^ZIP code must be 5 or 9 digits/)).toHaveCount(2); // the summary and the field
  await expect(
    form.locator('.field', { has: page.getByLabel('ZIP code') }).locator('.field__hint'),
  ).toHaveCount(0);
  await shoot(page, 'business-missing-errors');
  await summary.getByRole('button', { name: /^ZIP code/ }).click();
  await expect(form.getByLabel('ZIP code')).toBeFocused();
  await expect(form.getByLabel('State').locator('option')).toHaveCount(57);
  await form.getByLabel('Address line 1').fill('12 Elm St');
  await form.getByLabel('City').fill('Dublin');
  await form.getByLabel('State').selectOption('OH');
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
  await page.getByRole('button', { name: 'Save SMS business details' }).click();

  const done = page.getByTestId('missing-done');
  await expect(done).toContainText('2 to 3 business days', { timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'SMS business details' })).toBeVisible();
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
  await form.getByRole('button', { name: 'Save SMS business details' }).click();
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

test("a website inherited from the partner: the form offers the practice's own, optional", async ({
  page,
  desk,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(desk.url);
  await go(page, '#/business');
  await page.getByLabel('Business name').fill('Acme Health IT');
  await page.getByLabel('Website').fill('https://acme.example.com');
  await page.getByLabel('State').selectOption('PR');
  await page.getByLabel('Contact first name').fill('Jane');
  await page.getByLabel('Contact last name').fill('Smith');
  await page.getByLabel('Contact email').fill('jane@acme.example.com');
  await page.getByLabel('Contact phone').fill('(614) 555-0142');
  await page.getByRole('button', { name: 'Save business details' }).click();
  await expect(page.getByText('The sandbox now uses them for SMS verification.')).toBeVisible();
  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
  await shoot(page, 'business-details-1024');
  await page.setViewportSize({ width: 1280, height: 800 });

  const created = await callUpdox(desk.sandboxOrigin, 'PracticeCreate/1.1', {
    accountId: 'sunrise',
    name: 'Sunrise Pediatrics',
    address1: '1 Main St',
    city: 'Dublin',
    state: 'OH',
    postal: '43017',
    active: true,
  });
  expect(created.responseCode).toBe(2000);
  await go(page, '#/accounts/sunrise');
  const panel = page.getByRole('region', { name: 'SMS business details' });
  await expect(panel.getByTestId('readiness-summary')).toHaveText('Complete');
  await expect(panel.getByTestId('readiness-website')).toContainText("Website URL (using the partner's)");
  await expect(panel.getByTestId('readiness-website')).toContainText('https://acme.example.com');
  await panel.getByTestId('readiness-website').scrollIntoViewIfNeeded();
  await shoot(page, 'business-checklist-inherited');
  await panel.getByRole('link', { name: 'Complete SMS business details' }).click();

  await expect(page).toHaveURL(/#\/business\/sunrise$/);
  await expect(page.getByRole('heading', { level: 1, name: 'SMS business details' })).toBeVisible();
  const form = page.getByRole('form', { name: "The practice's own website" });
  expect(await form.locator('label').allTextContents()).toEqual(['Website URL (optional)']);
  const site = form.getByLabel('Website URL (optional)');
  await expect(form.getByTestId('website-check')).toContainText(
    "Left blank, the partner's website (https://acme.example.com) is used, and carriers reject SMS verification more often with it.",
  );
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'business-optional-website');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, 'business-optional-website-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Blank changes nothing; the partner's own website is warned about; the practice's own is saved.
  await form.getByRole('button', { name: 'Save SMS business details' }).click();
  await expect(form.getByText(/^Nothing to save yet/)).toBeVisible();
  await expect(site).toBeFocused();
  await site.fill('https://acme.example.com');
  await site.blur();
  await expect(form.getByText(/is the partner's own website/)).toBeVisible();
  await site.fill('sunrise.example.com');
  await form.getByRole('button', { name: 'Save SMS business details' }).click();
  const done = page.getByTestId('missing-done');
  await expect(done.getByRole('heading', { name: 'SMS business details saved: complete' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByTestId('readiness-website')).toHaveAttribute('data-status', 'ok');
  const after = (await callUpdox(desk.sandboxOrigin, 'PracticeGet', { accountId: 'sunrise' }))
    .practice as Record<string, unknown>;
  expect(after).toMatchObject({ websiteUrl: 'https://sunrise.example.com', address1: '1 Main St' });
});
