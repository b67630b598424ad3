import fs from 'node:fs/promises';
import { z } from 'zod';
import { newDataDir, startDeskHost } from './support/desk-host';
import { test, expect, expectNoSeriousA11yViolations, shootBoth } from './support/fixtures';
import { sandboxState, setFaults } from '../support/sandbox-api';
import { rpc } from './accounts-support';

/** A practices file as a spreadsheet saves it in Europe: UTF-8 with a BOM, semicolons, a quoted line break. */
const practices = [
  '\uFEFFPractice;Account ID;Address line 1;City;State;ZIP code;Phone',
  'Sunrise Pediatrics;bulk-good-1;"12 Main St\nSuite 4";Dublin;OH;43017;(406) 555-0120',
  'Bad Zip Clinic;bulk-zip-1;1 Elm St;Dublin;OH;4301;(406) 555-0121',
  'Lakeside Family;bulk-good-2;2 Lake Rd;Powell;OH;43065;(406) 555-0122',
  'Wrong Phone Care;bulk-out-1;3 Oak St;Dublin;OH;43017;555',
].join('\r\n');

const locations = [
  'Account ID,Location name,Location code,ZIP code,Phone',
  'bulk-good-1,North Office,north,43017,(406) 555-0130',
  'bulk-zip-1,South Office,south,43017,(406) 555-0131',
  'bulk-nobody-9,West Office,west,43017,(406) 555-0132',
].join('\n');

const users = [
  'Account ID,User ID,First name,Last name',
  'bulk-good-1,jdoe,Jane,Doe',
  'bulk-zip-1,asmith,Ann,Smith',
  'bulk-good-2,bkim,Bo,Kim',
  'bulk-out-1,clee,Cy,Lee',
].join('\n');

const sandboxRecords = z.object({
  accounts: z.array(z.object({ accountId: z.string() })),
  locations: z.array(z.object({ accountId: z.string(), code: z.string() })),
});
type SandboxRecords = z.infer<typeof sandboxRecords>;

/** "account/code" of every location but the Default Location ('def') of the accounts whose ID starts with `prefix`. */
const ownLocations = (state: SandboxRecords, prefix: string): string[] =>
  state.locations
    .filter((l) => l.accountId.startsWith(prefix) && l.code !== 'def')
    .map((l) => `${l.accountId}/${l.code}`)
    .sort();

const csv = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf8'),
});

test('bulk import: map, see problems by line, fix one in place, leave one out, send, and see the results', async ({
  page,
  desk,
}) => {
  test.setTimeout(120_000);
  await page.goto(desk.url);
  await page.getByRole('link', { name: 'Bulk import' }).click();
  await expect(page.getByRole('heading', { name: 'Import practices', level: 1 })).toBeVisible();
  await page.getByLabel('Practices file').setInputFiles(csv('practices.csv', practices));
  await page.getByLabel('Locations file').setInputFiles(csv('locations.csv', locations));
  await page.getByLabel('Users file').setInputFiles(csv('users.csv', users));
  await page.getByRole('button', { name: 'Read the files' }).click();

  // Mapping: matched by header; "Practice" is not a name of any field, so the person chooses it.
  const mapping = page.getByTestId('mapping-practices');
  await expect(mapping).toContainText('4 lines under the header, separated by semicolons');
  await expect(mapping.getByLabel('ZIP code')).toHaveValue('postal');
  await expect(mapping.getByLabel('Practice', { exact: true })).toHaveValue('');
  // A required field no column fills is said before any row is checked.
  await expect(page.getByTestId('mapping-missing-practices')).toContainText(
    'No column is imported as Practice name, which every practice needs.',
  );
  await mapping.getByLabel('Practice', { exact: true }).selectOption({ label: 'Practice name' });
  await expect(page.getByTestId('mapping-missing-practices')).toHaveCount(0);
  await expect(page.getByTestId('mapping-locations').getByLabel('Phone')).toHaveValue('phone');
  await expectNoSeriousA11yViolations(page);
  await shootBoth(page, 'bulk-mapping');
  await page.getByRole('button', { name: 'Check the rows' }).click();

  // The batch: kept in main, problems by line and column, and the location of a practice not in the file.
  await expect(page.getByTestId('bulk-counts')).toHaveText('4 practices: 2 ready, 2 need a fix, 0 left out.');
  await expect(page).toHaveURL(/#\/bulk\/[a-z0-9]/);
  await expect(page.getByTestId('bulk-notes')).toContainText(
    'Not imported: Locations file line 4, Account ID: bulk-nobody-9 is not in the practices file.',
  );
  const table = page.getByRole('table', { name: 'Imported practices' });
  await expect(table.getByTestId('bulk-row-3')).toContainText(
    'Line 3, ZIP code: ZIP code must be 5 or 9 digits',
  );
  await expect(table.getByTestId('bulk-row-5')).toContainText('Line 5, Phone:');
  await expect(table.getByTestId('bulk-row-2')).toContainText('Ready');
  await page.getByLabel('Show').selectOption('problems');
  await expect(table.getByRole('row')).toHaveCount(3);
  await expectNoSeriousA11yViolations(page);
  await shootBoth(page, 'bulk-validation');

  // Fix line 3 in place (autosaved to the batch and checked again in main).
  await page.getByRole('button', { name: 'Fix line 3' }).click();
  const fix = page.getByTestId('bulk-fix');
  await expect(fix.locator('#fix-practice-postal')).toHaveAttribute('aria-invalid', 'true');
  await fix.locator('#fix-practice-postal').fill('43017');
  await expect(fix.getByRole('status')).toContainText('No problems left: this practice is ready.');
  await expect(page.getByTestId('bulk-counts')).toHaveText(
    '4 practices: 3 ready, 1 needs a fix, 0 left out.',
  );
  await expectNoSeriousA11yViolations(page);
  await shootBoth(page, 'bulk-fix');
  await fix.getByRole('button', { name: 'Done' }).click();

  // Leave line 5 out.
  await page.getByRole('button', { name: 'Leave out line 5' }).click();
  await expect(page.getByTestId('bulk-counts')).toHaveText('4 practices: 3 ready, 0 need a fix, 1 left out.');

  // A reload returns to the batch as it was left (the fix kept in main).
  await page.reload();
  await expect(page.getByTestId('bulk-counts')).toHaveText('4 practices: 3 ready, 0 need a fix, 1 left out.');
  await page.getByLabel('Show').selectOption('all');
  await expect(table.getByTestId('bulk-row-3')).toContainText('Ready');
  await expect(table.getByTestId('bulk-row-5')).toContainText('Left out');

  // Send: checked with Updox first, then sent; the results say what happened to each row.
  await page.getByRole('button', { name: 'Check with Updox' }).click();
  await expect(page.getByTestId('bulk-preflight')).toContainText('3 practices will be created.');
  await page.getByRole('button', { name: 'Send 3 practices' }).click();
  await expect(page.getByTestId('batch-progress-words')).toContainText(
    '3 of 3 practices answered: 3 created.',
    {
      timeout: 60_000,
    },
  );
  await expect(table.getByTestId('bulk-row-2')).toContainText('Created');
  await expect(table.getByTestId('bulk-row-5')).toContainText('Left out');
  await expectNoSeriousA11yViolations(page);
  await shootBoth(page, 'bulk-results');

  const state = sandboxRecords.parse(await sandboxState(desk.sandboxOrigin));
  const ids = state.accounts.map((a) => a.accountId).filter((id) => id.startsWith('bulk-'));
  expect(ids.sort()).toEqual(['bulk-good-1', 'bulk-good-2', 'bulk-zip-1']);
  // Each practice's own locations from the locations file (besides Updox's Default Location), nothing else.
  expect(ownLocations(state, 'bulk-')).toEqual(['bulk-good-1/north', 'bulk-zip-1/south']);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export results' }).click();
  const results = await fs.readFile((await (await download).path())!, 'utf8');
  expect(results).toContain('bulk-good-1');
  expect(results).toMatch(/bulk-zip-1.*created/i);
});

test('bulk send: pause, resume, and a host killed mid-batch comes back paused and ends with each practice once', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dataDir = await newDataDir();
  const ids = Array.from({ length: 8 }, (_, i) => `bulk-run-${i + 1}`);
  const many = ['Practice name,Account ID', ...ids.map((id, i) => `Run Practice ${i + 1},${id}`)].join('\n');
  const manyLocations = [
    'Account ID,Location name,Location code',
    ...ids.map((id, i) => `${id},Office ${i + 1},office${i + 1}`),
  ].join('\n');
  const manyUsers = [
    'Account ID,User ID,First name,Last name',
    ...ids.map((id, i) => `${id},u${i},Pat,Lee`),
  ].join('\n');
  let desk = await startDeskHost({ dataDir });
  try {
    // Every create takes a while, one at a time: time to pause, and to kill the host with rows in flight.
    await setFaults(desk.sandboxOrigin, [{ method: 'PracticeCreate', kind: 'latency', latencyMs: 700 }]);
    await page.goto(`${desk.url}#/bulk`);
    await page.getByLabel('Practices file').setInputFiles(csv('run.csv', many));
    await page.getByLabel('Locations file').setInputFiles(csv('run-locations.csv', manyLocations));
    await page.getByLabel('Users file').setInputFiles(csv('run-users.csv', manyUsers));
    await page.getByRole('button', { name: 'Read the files' }).click();
    await page.getByRole('button', { name: 'Check the rows' }).click();
    await expect(page.getByTestId('bulk-counts')).toHaveText(
      '8 practices: 8 ready, 0 need a fix, 0 left out.',
    );
    await page.getByLabel('Practices sent at once').fill('1');
    await page.getByRole('button', { name: 'Check with Updox' }).click();
    await expect(page.getByTestId('bulk-preflight')).toContainText('8 practices will be created.');
    await page.getByRole('button', { name: 'Send 8 practices' }).click();
    const progress = page.getByTestId('batch-progress');
    await expect(progress.getByRole('heading', { name: /^Sending/ })).toBeVisible();
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(progress.getByRole('heading', { name: /^Paused/ })).toBeVisible({ timeout: 20_000 });
    await expectNoSeriousA11yViolations(page);
    await shootBoth(page, 'bulk-paused');
    await page.getByRole('button', { name: /^Resume/ }).click();
    await expect(progress.getByRole('heading', { name: /^Sending/ })).toBeVisible();
    await expect(progress).toContainText(/[1-7] of 8 practices answered/, { timeout: 30_000 });

    // A crash mid-batch, then a restart: the batch is listed, back paused, and resuming sends only what is left.
    await desk.kill();
    desk = await startDeskHost({ dataDir });
    await setFaults(desk.sandboxOrigin, []);
    await page.goto(`${desk.url}#/bulk`);
    await page
      .getByTestId('bulk-batches')
      .getByRole('link', { name: /run\.csv/ })
      .click();
    await expect(progress.getByRole('heading', { name: /^Paused/ })).toBeVisible();
    await page.getByRole('button', { name: /^Resume/ }).click();
    await expect(progress).toContainText('8 of 8 practices answered: 8 created.', {
      timeout: 60_000,
    });
    // Exactly the expected accounts (each once) and locations in the sandbox, and a results CSV that says so.
    const state = sandboxRecords.parse(await sandboxState(desk.sandboxOrigin));
    const created = state.accounts.map((a) => a.accountId).filter((id) => id.startsWith('bulk-run-'));
    expect(created.sort()).toEqual([...ids].sort());
    expect(ownLocations(state, 'bulk-run-')).toEqual(ids.map((id, i) => `${id}/office${i + 1}`).sort());
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export results' }).click();
    const results = (await fs.readFile((await (await download).path())!, 'utf8')).trim().split(/\r?\n/);
    expect(results).toHaveLength(1 + ids.length);
    for (const id of ids) expect(results.find((line) => line.includes(id))).toMatch(/created/i);

    // In another environment the batch is only counted, with the way back.
    await rpc(desk, 'environments.select', { id: 'qa' });
    await page.goto(`${desk.url}#/bulk`);
    await expect(page.getByTestId('environment-badge')).toHaveText(/QA/);
    await expect(page.getByTestId('elsewhere-note')).toContainText('1 batch in Sandbox');
    await expect(page.getByTestId('bulk-batches')).toHaveCount(0);
    // The way back stays on Bulk import, with the batch listed.
    await page.getByTestId('elsewhere-note').getByRole('button', { name: 'Switch to Sandbox' }).click();
    await expect(page.getByTestId('environment-badge')).toHaveText(/Sandbox/);
    await expect(page.getByRole('heading', { name: 'Import practices', level: 1 })).toBeVisible();
    await expect(page.getByTestId('bulk-batches')).toContainText('run.csv');
  } finally {
    await desk.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
});
