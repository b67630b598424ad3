import { test, expect, expectNoSeriousA11yViolations, shoot } from './support/fixtures';
import { countHostRequests } from './support/host-requests';
import { rpc } from './accounts-support';

test('the shell shows every section, the environment and the connection, and passes axe', async ({
  page,
  desk,
}) => {
  await page.goto(desk.url);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const label of ['Accounts', 'New practice', 'Business details', 'SMS', 'Activity', 'Settings']) {
    await expect(nav.getByRole('link', { name: label })).toBeVisible();
  }
  await expect(page.getByTestId('environment-badge')).toHaveText(/Sandbox/);
  await expect(page.getByTestId('connection')).toHaveText(/Online/);
  // The token is taken out of the address bar once the page has it.
  expect(new URL(page.url()).searchParams.has('token')).toBe(false);
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'shell-accounts');
});

test('Settings shows the app version and the data folder in use', async ({ page, desk }) => {
  await page.goto(desk.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
  await expect(page.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+/);
  await expect(page.getByTestId('data-dir')).toHaveText(desk.dataDir);
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'settings-about');
});

test('the shell works in the dark theme and at 1024x700', async ({ page, desk }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(desk.url);
  await expect(page.getByTestId('environment-badge')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'shell-dark-1024');
});

test('with nothing waiting, the page makes no request at all in a minute of its timers (events come from main)', async ({
  page,
  desk,
}) => {
  // The page's timers are Playwright's clock: a minute of them runs at once, so a poll on any timer (an
  // interval, a refetch, a retry) would show below. `npm run bench` keeps the same count over 60 real seconds.
  await page.clock.install();
  const requests = countHostRequests(page, desk.origin);
  await page.goto(desk.url);
  await expect(page.getByTestId('connection')).toHaveText(/Online/);
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  // The page has asked what it shows and opened the event stream.
  await expect
    .poll(() => requests.requests.filter((r) => r.startsWith('POST /rpc/')).length)
    .toBeGreaterThan(0);
  expect(requests.requests).toContain('GET /events');
  // Settled: nothing asked for 2 s (under load the first answers can take a while).
  await expect
    .poll(async () => {
      const before = requests.requests.length;
      await page.waitForTimeout(2_000);
      return requests.requests.length === before;
    })
    .toBe(true);
  requests.reset();
  await page.clock.runFor(60_000);
  // Time for a request one of those timers started to reach the host.
  await page.waitForTimeout(1_000);
  expect(requests.requests).toEqual([]);
  // Still live: a change made in main (here by another client of the host) reaches the page as an event.
  await rpc(desk, 'environments.select', { id: 'qa' });
  await expect(page.getByTestId('environment-badge')).toHaveText(/Updox QA/);
});
