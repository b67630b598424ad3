import { test, expect, expectNoSeriousA11yViolations, shootBoth } from './support/fixtures';

test('Review warns about a practice without a street address; a code used twice is named under the code', async ({
  page,
  desk,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${desk.url}#/new`);
  await page.getByLabel('Practice name').fill('Harbor Clinic');
  await page.getByLabel('Account ID').fill('harbor-1');
  await page.getByRole('button', { name: 'Next' }).click();
  // Steps not visited yet are not ticked, even with nothing to fix in them (Websites is all optional).
  const mark = (step: number) => page.getByTestId(`step-${step}`).locator('xpath=..');
  await expect(mark(1)).toHaveAttribute('data-state', 'done');
  await expect(mark(4)).toHaveAttribute('data-state', 'todo');
  await page.getByLabel('Phone').fill('(406) 555-0120');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Time zone').selectOption('America/New_York');
  await page.getByLabel('Portal web address').fill('harbor-1-portal');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Website URL', { exact: true }).fill('https://harbor.example.com');
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 5 says only what the app knows of the Default Location.
  const defaultLocation = page.getByRole('region', { name: 'Default Location' });
  await expect(defaultLocation).toContainText('Updox creates the Default Location itself with the practice.');
  await expect(page.getByText(/with the practice’s address/)).toHaveCount(0);
  for (const [i, name] of [
    [1, 'North'],
    [2, 'North annex'],
  ] as const) {
    await page.getByRole('button', { name: 'Add a location' }).click();
    const loc = page.getByTestId(`location-${i}`);
    await loc.getByLabel('Location name').fill(name);
    await loc.getByLabel('Location code').fill('north');
    await expect(loc.getByLabel('Location ID')).toHaveValue('loc-north');
  }
  await page.getByRole('button', { name: 'Next' }).click();
  const second = page.getByTestId('location-2');
  await expect(second.getByLabel('Location code')).toHaveAccessibleDescription(
    /Location code north is already used by North: choose another code\./,
  );
  await expect(second.getByLabel('Location ID')).not.toHaveAttribute('aria-invalid', 'true');
  await second.getByLabel('Location code').fill('south');
  await page.getByRole('button', { name: 'Next' }).click();

  // A user without a web login: Login ID and Password both empty.
  await page.getByLabel('First name').fill('Api');
  await page.getByLabel('Last name').fill('Caller');
  await page.getByLabel('User ID').fill('api-caller');
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  const flags = page.getByTestId('review-flags');
  await expect(flags).toContainText(
    'No street address (Address line 1, City, State, ZIP code missing): a practice without one cannot use SMS until it is added.',
  );
  await expect(page.getByTestId('review-problems')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await shootBoth(page, 'wizard-review-no-address');

  // Once Updox holds the record, every step is done.
  await page.getByRole('button', { name: 'Create practice' }).click();
  await expect(page.getByTestId('submission')).toHaveAttribute('data-state', 'synced', { timeout: 20_000 });
  for (const step of [1, 2, 3, 4, 5, 6]) await expect(mark(step)).toHaveAttribute('data-state', 'done');
  await shootBoth(page, 'wizard-created-steps');
});
