import { test, expect, shootBoth } from './support/fixtures';
import { callUpdoxOk, createPractice, sandboxState, syncLocations } from '../support/sandbox-api';
import { rpc } from './accounts-support';
import { addSandboxEnvironment, startStandaloneSandbox, type StandaloneSandbox } from './environment-support';

let a: StandaloneSandbox;
let b: StandaloneSandbox;

test.beforeAll(async () => {
  [a, b] = await Promise.all([startStandaloneSandbox(), startStandaloneSandbox()]);
});
test.afterAll(async () => {
  await Promise.all([a.stop(), b.stop()]);
});

type State = {
  accounts: Record<string, unknown>[];
  locations: Record<string, unknown>[];
  users: Record<string, unknown>[];
};
const stateOf = async (s: StandaloneSandbox) => (await sandboxState(s.origin)) as unknown as State;
const practiceFields = [
  'name',
  'address1',
  'city',
  'state',
  'postal',
  'phone',
  'timeZone',
  'websiteUrl',
  'active',
];
const locationFields = ['externalId', 'code', 'name', 'address1', 'city', 'state', 'zip', 'phone', 'active'];
const pick = (row: Record<string, unknown>, fields: string[]) =>
  Object.fromEntries(fields.map((f) => [f, row[f]]));

test('a practice with two locations and a user is copied to another environment: refused there while its account ID is taken, then sent, and the target holds exactly the copy', async ({
  page,
  desk,
}) => {
  test.setTimeout(120_000);
  const idA = await addSandboxEnvironment(desk, 'Clinic A', a);
  await addSandboxEnvironment(desk, 'Clinic B', b);
  await createPractice(a.origin, {
    accountId: 'sunrise',
    name: 'Sunrise Pediatrics',
    address1: '12 Main St',
    city: 'Dublin',
    state: 'OH',
    postal: '43017',
    phone: '6145550120',
    timeZone: 'America/New_York',
    websiteUrl: 'https://sunrise.example.com',
    active: true,
  });
  await syncLocations(a.origin, 'sunrise', [
    {
      id: 'loc-powell',
      code: 'powell',
      name: 'Powell',
      address1: '1 Oak Ave',
      city: 'Powell',
      state: 'OH',
      zip: '43065',
      phone: '6145550121',
      active: true,
    },
    {
      id: 'loc-delaware',
      code: 'delaware',
      name: 'Delaware',
      address1: '9 Elm St',
      city: 'Delaware',
      state: 'OH',
      zip: '43015',
      phone: '6145550122',
      active: true,
    },
  ]);
  await callUpdoxOk(
    a.origin,
    'UserSave',
    {
      userId: 'jsmith',
      loginId: 'jsmith',
      firstName: 'Jane',
      lastName: 'Smith',
      loginPassword: 'Sunrise-2024',
      npi: '1234567893',
    },
    'sunrise',
  );
  // In B the account ID is already someone else's.
  await createPractice(b.origin, { accountId: 'sunrise', name: 'Another Sunrise', active: true });
  const sourceBefore = await stateOf(a);
  await rpc(desk, 'environments.select', { id: idA });

  await page.goto(`${desk.url}#/accounts/sunrise`);
  const panel = page.getByTestId('copy-panel');
  await panel.getByLabel('Copy to').selectOption({ label: 'Clinic B' });
  await panel.getByRole('button', { name: 'Make a draft there' }).click();
  // Checked against the target before anything is sent: the account ID is taken there.
  await expect(page.getByTestId('copy-account-check')).toContainText(
    "In Clinic B: An account with ID sunrise already exists ('Another Sunrise')",
  );
  await panel.getByRole('button', { name: 'Switch to Clinic B to review and send it' }).click();
  await expect(page.getByTestId('environment-badge')).toHaveText(/Clinic B/);
  await panel.getByRole('link', { name: 'Open the copy in Clinic B' }).click();
  await expect(page.getByTestId('draft-environment')).toHaveText('In Clinic B');
  await expect(page.getByLabel('Practice name')).toHaveValue('Sunrise Pediatrics');

  // The user needs a login in B: the copy asks for the password (none was copied).
  await page.getByTestId('step-6').click();
  await page.getByLabel('Password').fill('Copied-2024x');
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  // Refused before sending: the account ID is taken in B, so Create practice waits; B's account is untouched.
  await expect(page.getByTestId('wizard-conflicts')).toContainText('sunrise');
  await expect(page.getByRole('button', { name: 'Create practice' })).toBeDisabled();
  expect((await stateOf(b)).accounts.map((x) => [x['accountId'], x['name']])).toEqual([
    ['sunrise', 'Another Sunrise'],
  ]);

  // Fixed: another account ID, then sent.
  await page.getByTestId('step-1').click();
  await page.getByLabel('Account ID').fill('sunrise-copy');
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(page.getByTestId('review-name')).toHaveText('Sunrise Pediatrics');
  await shootBoth(page, 'env-copy-review');
  await page.getByRole('button', { name: 'Create practice' }).click();
  await expect(page.getByTestId('submission')).toHaveAttribute('data-state', 'synced', { timeout: 20_000 });

  // B holds exactly the copy; A (the source) was never written.
  const source = await stateOf(a);
  const target = await stateOf(b);
  const from = source.accounts.find((x) => x['accountId'] === 'sunrise')!;
  const to = target.accounts.find((x) => x['accountId'] === 'sunrise-copy')!;
  expect(pick(to, practiceFields)).toEqual(pick(from, practiceFields));
  const locationsOf = (s: State, accountId: string) =>
    s.locations
      .filter((l) => l['accountId'] === accountId && l['externalId'])
      .map((l) => pick(l, locationFields))
      .sort((x, y) => String(x['code']).localeCompare(String(y['code'])));
  expect(locationsOf(target, 'sunrise-copy')).toEqual(locationsOf(source, 'sunrise'));
  expect(locationsOf(target, 'sunrise-copy')).toHaveLength(2);
  const usersOf = (s: State, accountId: string) =>
    s.users
      .filter((u) => u['accountId'] === accountId)
      .map((u) => pick(u, ['userId', 'loginId', 'firstName', 'lastName']));
  expect(usersOf(target, 'sunrise-copy')).toEqual(usersOf(source, 'sunrise'));
  expect(target.accounts.map((x) => x['accountId']).sort()).toEqual(['sunrise', 'sunrise-copy']);
  const { now: _later, ...sourceAfter } = source as State & { now?: string };
  const { now: _earlier, ...sourceAtStart } = sourceBefore as State & { now?: string };
  expect(sourceAfter).toEqual(sourceAtStart);
});

test('switching to Production asks first, naming it and its base URL; then the whole frame says Production', async ({
  page,
  desk,
}) => {
  await page.goto(`${desk.url}#/settings`);
  await page.getByTestId('env-production').getByRole('radio').click();
  const dialog = page.getByRole('alertdialog', { name: 'Switch to Production?' });
  await expect(dialog).toContainText('https://myupdox.com/api/io/');
  await shootBoth(page, 'env-switch-confirmation');
  await dialog.getByRole('button', { name: 'Stay where I am' }).click();
  await expect(page.getByTestId('environment-badge')).toHaveText(/Sandbox/);
  expect(await rpc(desk, 'environments.list')).toMatchObject({ activeId: 'sandbox' });

  await page.getByTestId('env-production').getByRole('radio').click();
  await dialog.getByRole('button', { name: 'Switch to Production' }).click();
  await expect(page.getByTestId('environment-badge')).toHaveText(/Production/);
  await expect(page).toHaveTitle(/Production/);
  await expect(page.getByTestId('environment-frame-words')).toContainText('Production: real practices');
  await page.goto(`${desk.url}#/accounts`);
  await shootBoth(page, 'env-production-frame');
});
