import { test, expect, expectNoSeriousA11yViolations, shoot } from './support/fixtures';
import { switchToProductionInSettings } from './support/switch-environment';

test('Settings lists the environments; sandbox credentials can be added and tested', async ({
  page,
  desk,
}) => {
  await page.goto(desk.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  for (const id of ['sandbox', 'qa', 'production']) await expect(page.getByTestId(`env-${id}`)).toBeVisible();
  const sandbox = page.getByTestId('env-sandbox');
  await expect(sandbox.getByRole('radio')).toBeChecked();
  await expect(page.getByTestId('cred-status-sandbox')).toHaveText(/built-in sandbox credentials/);

  // The built-in credentials need no form: it is folded away until asked for.
  await expect(sandbox.getByLabel('Application ID')).toBeHidden();
  await sandbox.getByText('Use other sandbox credentials').click();
  // Wrong credentials: saved, but Updox (the sandbox) refuses them when tested.
  await sandbox.getByLabel('Application ID').fill('sandbox-vendor');
  await sandbox.getByLabel('Application password').fill('not-the-password');
  await sandbox.getByRole('button', { name: 'Save credentials' }).click();
  await expect(sandbox.getByText('Credentials saved.')).toBeVisible();
  await sandbox.getByRole('button', { name: 'Test credentials' }).click();
  await expect(sandbox.getByRole('alert')).toContainText(/credentials/i);

  // The right ones.
  await sandbox.getByLabel('Application ID').fill('sandbox-vendor');
  await sandbox.getByLabel('Application password').fill('sandbox-password');
  await sandbox.getByRole('button', { name: 'Save credentials' }).click();
  await sandbox.getByRole('button', { name: 'Test credentials' }).click();
  await expect(sandbox.getByText('Updox accepted the saved credentials.')).toBeVisible();
  await expect(page.getByTestId('cred-status-sandbox')).toHaveText(/verified just now/);
  // The password never comes back to the page.
  await expect(sandbox.getByLabel('Application password')).toHaveValue('');
  expect(await page.content()).not.toContain('sandbox-password');

  // Production is unmistakable.
  await switchToProductionInSettings(page);
  await expect(page.getByTestId('environment-badge')).toHaveClass(/badge--red/);
  await page.getByTestId('env-sandbox').getByRole('radio').check();
  await expect(page.getByTestId('environment-badge')).toHaveText(/Sandbox/);
  // A switch away from Production asks nothing, but says where the person now works.
  await expect(page.getByTestId('switched-notice')).toContainText('Now working in Sandbox');

  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'settings-environments');
});

test('a custom environment needs an https base URL', async ({ page, desk }) => {
  await page.goto(desk.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Partner staging');
  await page.getByLabel('Base URL').fill('http://staging.example.com/api/io/');
  await page.getByRole('button', { name: 'Add environment' }).click();
  await expect(page.getByText(/Base URL must start with https:\/\//)).toBeVisible();
  await page.getByLabel('Base URL').fill('https://staging.example.com/api/io');
  await page.getByRole('button', { name: 'Add environment' }).click();
  await expect(page.getByText('https://staging.example.com/api/io/')).toBeVisible();
});
