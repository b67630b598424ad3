import { test, expect, expectNoSeriousA11yViolations, shoot } from './support/fixtures';
import { createPractice } from '../support/sandbox-api';
import { fillValidPractice } from './wizard-support';

const lakeview = {
  accountId: 'lakeview',
  name: 'Lakeview Family Medicine',
  city: 'Dublin',
  state: 'OH',
  postal: '43017',
  timeZone: 'America/New_York',
  active: true,
};

test('a portal address refused by Updox: fixed, the current form is sent and succeeds; one row in Accounts; #/new starts fresh', async ({
  page,
  desk,
}) => {
  await page.goto(`${desk.url}#/new`);
  await fillValidPractice(page, 'lakeview-east', 'Lakeview Family Medicine East');
  await page.getByTestId('step-3').click();
  await expect(page.getByTestId('portal-availability')).toContainText('looks free');
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(page.getByTestId('review-websiteAddress')).toHaveText('lakeview-east-portal');
  // Another practice takes the portal address after it was checked: only Updox can refuse it now (4140).
  await createPractice(desk.sandboxOrigin, { ...lakeview, websiteAddress: 'lakeview-east-portal' });
  await page.getByRole('button', { name: 'Create practice' }).click();
  const banner = page.getByTestId('submission');
  await expect(banner).toHaveAttribute('data-state', 'failed');
  await expect(banner).toBeFocused();
  await shoot(page, 'wizard-failed-portal');
  await expect(page.getByTestId('submission-headline')).toHaveText(
    'Not created: portal web address already used',
  );
  await expect(banner).not.toContainText('not completely sent');
  await expect(banner.getByRole('button', { name: 'Retry' })).toHaveCount(0);

  // Accounts: the draft and its failed submission are one row, with the account ID typed.
  await page.goto(`${desk.url}#/accounts`);
  const grid = page.getByRole('grid', { name: 'Accounts' });
  const east = grid.getByRole('row', { name: /Lakeview Family Medicine East/ });
  await expect(east).toHaveCount(1);
  await expect(east.getByRole('gridcell')).toContainText(['Lakeview Family Medicine East', 'lakeview-east']);
  await expect(east).toContainText('Failed');
  await expect(grid.getByRole('row', { name: /Lakeview Family Medicine\b(?! East)/ })).toContainText(
    'Synced',
  );
  await expect(page.getByTestId('accounts-count')).toHaveText('1 account, 1 draft in Sandbox');
  await shoot(page, 'accounts-draft-failed');
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, 'accounts-draft-failed-dark-1024');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goBack();

  await expect(banner).toHaveAttribute('data-state', 'failed');
  await banner.getByRole('button', { name: 'Change portal web address' }).click();
  const portal = page.getByLabel('Portal web address');
  await expect(portal).toBeFocused();
  await portal.fill('lakeview-east-2');
  // The failure is about that field: it goes as soon as the field changes.
  await expect(banner).toHaveCount(0);
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(page.getByTestId('review-websiteAddress')).toHaveText('lakeview-east-2');
  await page.getByRole('button', { name: 'Create practice' }).click();
  await expect(banner).toHaveAttribute('data-state', 'synced');
  await expect(page.getByTestId('review-saved')).toBeVisible();
  await expect(page.getByTestId('step-6')).toHaveText(/done/);

  // Start another practice: a fresh wizard, also from the sidebar's New practice.
  await banner.getByRole('link', { name: 'Start another practice' }).click();
  await expect(page.getByRole('heading', { name: /Step 1 of 7/ })).toBeVisible();
  await expect(page.getByLabel('Practice name')).toHaveValue('');
  await expect(page.getByTestId('draft-state')).toHaveText('Draft');
  await page.getByLabel('Practice name').fill('Second Clinic');
  await expect(page).toHaveURL(/#\/new\/[0-9a-f-]{36}$/);
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'New practice' })
    .click();
  await expect(page.getByLabel('Practice name')).toHaveValue('');
});

test('Create practice is disabled while a known conflict stands, with a way to the field', async ({
  page,
  desk,
}) => {
  await createPractice(desk.sandboxOrigin, { ...lakeview, websiteAddress: 'lakeview' });
  await page.goto(`${desk.url}#/new`);
  await page.getByLabel('Practice name').fill('Lakeview Family Medicine');
  const accountId = page.getByLabel('Account ID');
  await expect(accountId).toHaveValue('lakeview-family-medicine');
  await accountId.fill('lakeview');
  await expect(accountId).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/An account with ID lakeview already exists/)).toHaveCount(1);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: /Step 1 of 7/ })).toBeVisible();
  await accountId.fill('lakeview-east');
  await expect(page.getByTestId('account-id-availability')).toHaveText(/is free/);
  await fillValidPractice(page, 'lakeview-east', 'Lakeview Family Medicine East');
  // The portal address another practice uses: the field is invalid, Create practice is disabled.
  await page.getByTestId('step-3').click();
  const portal = page.getByLabel('Portal web address');
  await portal.fill('lakeview');
  await expect(portal).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  const create = page.getByRole('button', { name: 'Create practice' });
  await expect(create).toBeDisabled();
  const note = page.getByTestId('wizard-conflicts');
  await expect(note).toContainText('is used by Lakeview Family Medicine');
  await expect(page.getByTestId('step-3')).toHaveText(/has problems/);
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'wizard-review-conflict');
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, 'wizard-review-conflict-dark-1024');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await note.getByRole('button', { name: 'Change portal web address' }).click();
  await expect(portal).toBeFocused();
  await portal.fill('lakeview-east');
  await expect(page.getByTestId('portal-availability')).toContainText('looks free');
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(create).toBeEnabled();
});

test('keyboard: Enter acts as Next, focus moves to the new step, to a new card and to the outcome', async ({
  page,
  desk,
}) => {
  await page.goto(`${desk.url}#/new`);
  await page.getByLabel('Practice name').fill('Keys Clinic');
  await page.getByLabel('Practice name').press('Enter');
  const heading = page.getByRole('heading', { name: /Step 2 of 7/ });
  await expect(heading).toBeFocused();
  // The time zone follows the state while it is still the default.
  await page.getByLabel('State').selectOption('HI');
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { name: /Step 1 of 7/ })).toBeFocused();
  await page.getByTestId('step-3').click();
  await expect(page.getByLabel('Time zone')).toHaveValue('Pacific/Honolulu');
  await page.getByTestId('step-5').click();
  await page.getByRole('button', { name: 'Add a location' }).click();
  await expect(page.getByTestId('location-1').getByLabel('Location name')).toBeFocused();
  await page.getByTestId('step-6').click();
  await page.getByRole('button', { name: 'Add a user' }).click();
  await expect(page.getByTestId('user-1').getByLabel('First name')).toBeFocused();
});
