import { test, expect, expectNoSeriousA11yViolations, shoot } from './support/fixtures';
import { callUpdoxOk, createPractice, sandboxState } from '../support/sandbox-api';

test('an edit lists the users already in Updox and sends only the changed and the new one', async ({
  page,
  desk,
}) => {
  const o = desk.sandboxOrigin;
  await createPractice(o, {
    accountId: 'users-e2e',
    name: 'Oak Clinic',
    timeZone: 'America/Chicago',
    active: true,
  });
  for (const [userId, firstName] of [
    ['olga', 'Olga'],
    ['omar', 'Omar'],
  ] as const) {
    await callUpdoxOk(
      o,
      'UserSave',
      {
        userId,
        loginId: userId,
        firstName,
        lastName: 'Oak',
        loginPassword: 'Sunrise-2024',
        npi: '1234567893',
      },
      'users-e2e',
    );
  }
  await page.goto(`${desk.url}#/edit/users-e2e`);
  await expect(page.getByRole('heading', { name: 'Edit Oak Clinic' })).toBeVisible();
  await page.getByTestId('step-6').click();
  const existing = page.getByRole('table', { name: 'Users already in Updox' });
  await expect(page.getByRole('heading', { name: 'Already in Updox (2)' })).toBeVisible();
  await expect(existing.getByRole('row')).toHaveCount(3);
  await expect(page.getByLabel('First name')).toHaveCount(0);

  await existing.getByRole('button', { name: 'Change Olga Oak' }).click();
  await expect(existing.getByRole('row', { name: /Olga/ })).toContainText('Changing below');
  await expect(page.getByTestId('user-0-fixed-id')).toContainText('olga');
  await page.getByLabel('First name').fill('Olivia');
  await expect(page.getByText('Leave blank to keep the current password.')).toBeVisible();

  await page.getByRole('button', { name: 'Add a user' }).click();
  const added = page.getByTestId('user-1');
  await added.getByLabel('First name').fill('Nia');
  await added.getByLabel('Last name').fill('New');
  await added.getByLabel('User ID').fill('nia');
  await added.getByLabel('Login ID').fill('nia');
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  // A new user with a Login ID needs a Password (a web login is both); the changed one does not.
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: /Step 6 of 7/ })).toBeVisible();
  await expect(added.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
  await added.getByLabel('Password').fill('Sunrise-2024');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('heading', { name: /Step 6 of 7/ }).scrollIntoViewIfNeeded();
  await shoot(page, 'wizard-edit-users');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1024, height: 700 });
  await shoot(page, 'wizard-edit-users-dark-1024');

  await page.getByRole('button', { name: 'Review', exact: true }).click();
  const users = page.getByRole('region', { name: 'Users' });
  await expect(users).toContainText('Olivia Oak (User ID olga)');
  await expect(users).toContainText('Password: kept');
  await expect(users).not.toContainText('Omar');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('submission')).toHaveAttribute('data-state', 'synced');
  const state = (await sandboxState(o)) as unknown as {
    users: { accountId: string; userId: string; firstName: string; npi: string | null }[];
  };
  const mine = state.users.filter((u) => u.accountId === 'users-e2e');
  expect(mine.map((u) => [u.userId, u.firstName]).sort()).toEqual([
    ['nia', 'Nia'],
    ['olga', 'Olivia'],
    ['omar', 'Omar'],
  ]);
  expect(mine.find((u) => u.userId === 'olga')?.npi).toBe('1234567893');
});
