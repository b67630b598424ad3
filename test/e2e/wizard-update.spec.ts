import { test, expect, expectNoSeriousA11yViolations, shoot } from './support/fixtures';
import { callUpdox } from '../support/sandbox-api';

test('an update that clears a field warns, and Updox then holds what the review showed', async ({
  page,
  desk,
}) => {
  const created = await callUpdox(desk.sandboxOrigin, 'PracticeCreate/1.1', {
    accountId: 'edit-e2e',
    name: 'Edit Clinic',
    address1: '1 Elm St',
    city: 'Dublin',
    state: 'OH',
    postal: '43017',
    phone: '4065550120',
    timeZone: 'America/Chicago',
    websiteUrl: 'https://edit.example.com',
    active: true,
  });
  expect(created).toMatchObject({ successful: true });
  await page.goto(`${desk.url}#/edit/edit-e2e`);
  await expect(page.getByRole('heading', { name: 'Edit Edit Clinic' })).toBeVisible();
  await page.getByTestId('step-2').click();
  await expect(page.getByLabel('City')).toHaveValue('Dublin');
  await page.getByLabel('City').fill('Powell');
  await page.getByLabel('Phone').fill('');
  await page.getByTestId('step-4').click();
  await page.getByLabel('Website URL', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  const warnings = page.getByTestId('clear-warnings');
  await expect(warnings).toContainText('Phone will be erased in Updox');
  await expect(warnings).toContainText('Website URL will be erased in Updox');
  const diff = page.getByTestId('review-diff');
  await expect(diff.getByRole('row')).toHaveCount(4);
  await expect(diff).toContainText('Powell');
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'wizard-review-diff');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, 'wizard-review-diff-dark');
  await page.setViewportSize({ width: 1024, height: 700 });
  await shoot(page, 'wizard-review-diff-1024');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('submission')).toHaveAttribute('data-state', 'synced');
  const got = await callUpdox(desk.sandboxOrigin, 'PracticeGet', { accountId: 'edit-e2e' });
  const practice = (got.practice ?? got) as Record<string, unknown>;
  expect(practice).toMatchObject({
    city: 'Powell',
    address1: '1 Elm St',
    timeZone: 'America/Chicago',
    postal: '43017',
  });
  expect([null, '']).toContain(practice.phone);
  expect([null, '']).toContain(practice.websiteUrl);
});
