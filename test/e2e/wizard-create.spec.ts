import { test, expect, expectNoSeriousA11yViolations, shoot } from './support/fixtures';
import { callUpdox } from '../support/sandbox-api';
import { saveCreateDraft } from './accounts-support';
import { fillValidPractice } from './wizard-support';

test('a practice created through the wizard is in Updox with exactly the fields typed', async ({
  page,
  desk,
}) => {
  await page.goto(desk.url);
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'New practice' })
    .click();
  await expect(page.getByRole('heading', { name: /Step 1 of 7: Practice/ })).toBeVisible();
  await page.getByLabel('Practice name').fill('Sunrise Pediatrics');
  await expect(page.getByLabel('Account ID')).toHaveValue('sunrise-pediatrics');
  await expect(page.getByTestId('account-id-availability')).toHaveText(/sunrise-pediatrics is free/);
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'wizard-practice');
  await page.getByLabel('Account ID').fill('');
  await fillValidPractice(page, 'sunrise-e2e');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByTestId('portal-preview')).toHaveText('https://sunrise-e2e-portal.myupdox.com');
  await shoot(page, 'wizard-portal');
  await page.getByRole('button', { name: 'Next' }).click();
  await shoot(page, 'wizard-websites');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Add a location' }).click();
  const loc = page.getByTestId('location-1');
  await loc.getByLabel('Location name').fill('Powell');
  await loc.getByLabel('Location code').fill('powell');
  await expect(loc.getByLabel('Location ID')).toHaveValue('loc-powell');
  await loc.getByLabel('ZIP code').fill('43065');
  await shoot(page, 'wizard-locations');
  await page.getByRole('button', { name: 'Next' }).click();
  await shoot(page, 'wizard-users');
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(page.getByTestId('review-postal')).toHaveText('43017-1234');
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'wizard-review');
  await page.getByRole('button', { name: 'Create practice' }).click();
  await expect(page.getByTestId('submission')).toHaveAttribute('data-state', 'synced');
  await expect(page.getByTestId('results-locations')).toContainText('Powell (powell)');

  const got = await callUpdox(desk.sandboxOrigin, 'PracticeGet', { accountId: 'sunrise-e2e' });
  expect(got).toMatchObject({ successful: true });
  const practice = (got.practice ?? got) as Record<string, unknown>;
  expect(practice).toMatchObject({
    accountId: 'sunrise-e2e',
    name: 'Sunrise Pediatrics',
    address1: '12 Main St',
    city: 'Dublin',
    state: 'OH',
    postal: '430171234',
    phone: '4065550120',
    timeZone: 'America/New_York',
    websiteAddress: 'sunrise-e2e-portal',
    websiteUrl: 'https://sunrise.example.com',
    active: true,
  });
  for (const empty of ['address2', 'fax', 'directAddress', 'alternativeWebsiteUrl'])
    expect([null, '', undefined]).toContain(practice[empty]);
});

test('every field rule is rejected with a message that names the field', async ({ page, desk }) => {
  await page.goto(`${desk.url}#/new`);
  const next = page.getByRole('button', { name: 'Next' });
  await next.click();
  await expect(page.getByText('Practice name is required.')).toBeVisible();
  await expect(page.getByText('Account ID is required.')).toBeVisible();
  await expect(page.getByLabel('Practice name')).toBeFocused();
  await page.getByLabel('Practice name').fill('Rules Clinic');
  await page.getByLabel('Account ID').fill('bad id!');
  await expect(page.getByText(/Account ID must be 1 to 64 letters/)).toBeVisible();
  await page.getByLabel('Account ID').fill('rules-clinic');
  await next.click();

  await page.getByLabel('ZIP code').fill('4301');
  await page.getByLabel('Phone').fill('555-0120');
  await page.getByLabel('Fax').fill('12');
  await next.click();
  await expect(
    page.getByText('ZIP code must be 5 or 9 digits (for example 43017 or 43017-1234).'),
  ).toBeVisible();
  await expect(page.getByText(/^Phone must be a 10-digit US number/)).toBeVisible();
  await expect(page.getByText(/^Fax must be a 10-digit US number/)).toBeVisible();
  await shoot(page, 'wizard-address-problems');
  // The state picker offers the full list; a state typed elsewhere (e.g. an old draft) that is not a code is refused.
  expect(await page.getByLabel('State').locator('option').count()).toBe(57);
  await page.getByLabel('ZIP code').fill('43017');
  await page.getByLabel('Phone').fill('406.555.0120');
  await page.getByLabel('Fax').fill('');
  await next.click();

  await page.getByLabel('Portal web address').fill('-bad-');
  await page.getByLabel('Direct address').fill('not-an-address');
  await next.click();
  await expect(page.getByText(/^Portal web address must be 1 to 63 letters/)).toBeVisible();
  await expect(page.getByText(/^Direct address must look like an email address/)).toBeVisible();
  await page.getByLabel('Portal web address').fill('');
  await page.getByLabel('Direct address').fill('');
  await next.click();

  await expect(page.getByTestId('website-empty-note')).toContainText(/partner's\) website.*SMS rejection/s);
  await page.getByLabel('Website URL', { exact: true }).fill('ftp://x');
  await next.click();
  await expect(page.getByText(/^Website URL must be a web address starting with http/)).toBeVisible();
  await page.getByLabel('Website URL', { exact: true }).fill('');
  await next.click();
  await next.click();

  await page.getByLabel('First name').fill('Jane');
  await page.getByLabel('Last name').fill('Smith');
  await page.getByLabel('User ID').fill('jsmith');
  await page.getByLabel('Password').fill('password');
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(page.getByTestId('step-6')).toHaveText(/has problems/);
  await page.getByRole('button', { name: 'Go to Users' }).click();
  await expect(page.getByText(/^Password must include an upper-case letter/)).toBeVisible();
});

test('the state rule: a state that is not a US code is refused', async ({ page, desk }) => {
  // Drafts keep what was typed; a draft saved with a free-text state shows the rule on the State field.
  await page.goto(desk.url);
  await saveCreateDraft(
    desk,
    'state-rule',
    { accountId: 'state-rule', name: 'State Rule', state: 'Ohio!' },
    2,
  );
  await page.goto(`${desk.url}#/new/state-rule`);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(
    page.getByText('State must be a US state or territory code (for example OH or PR).'),
  ).toBeVisible();
});
