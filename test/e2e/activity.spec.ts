import fs from 'node:fs/promises';
import path from 'node:path';
import { startDeskHost, newDataDir } from './support/desk-host';
import { test, expect, expectNoSeriousA11yViolations, shoot } from './support/fixtures';

test('Activity says what the app asked Updox to do, and can show the reads too', async ({ page, desk }) => {
  await page.goto(desk.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByTestId('env-sandbox').getByRole('button', { name: 'Test credentials' }).click();
  await expect(page.getByText('Updox accepted the saved credentials.')).toBeVisible();
  await page.getByRole('link', { name: 'Activity' }).click();
  const table = page.getByRole('table', { name: 'Updox activity' });
  await expect(page.getByTestId('activity-environment')).toContainText('Sandbox');
  // A credentials test is a check: hidden with the reads until they are asked for.
  await expect(page.getByTestId('activity-count')).toHaveText('0 calls match.');
  await expect(table.getByText('List the practices')).toHaveCount(0);
  await expect(table.getByText('Test the vendor credentials')).toHaveCount(0);
  await page.getByLabel('Changes and sends only').uncheck();
  await expect(table.getByRole('row', { name: /Test the vendor credentials/ })).toContainText('Done');
  await expect(table.getByText('List the practices').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'activity');
});

test('every call of a long trail is reachable, filtered, and exported as CSV', async ({ page }) => {
  // 1,500 sends of earlier days in the trail on disk (a rotated file and the current one), 1 in 10 refused.
  const dataDir = await newDataDir();
  const day = Date.parse('2026-11-02T15:00:00.000Z');
  const line = (i: number) =>
    JSON.stringify({
      at: new Date(day + i * 60_000).toISOString(),
      method: 'SmsSend',
      environmentId: 'sandbox',
      accountId: `seed-${String(i).padStart(4, '0')}`,
      outcome: i % 10 === 0 ? 'updox-error' : 'ok',
      ...(i % 10 === 0 ? { responseCode: 4039 } : {}),
      durationMs: 40,
      attempt: 1,
    });
  const lines = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, k) => line(from + k)).join('\n') + '\n';
  await fs.writeFile(path.join(dataDir, 'audit.jsonl.1'), lines(0, 1000));
  await fs.writeFile(path.join(dataDir, 'audit.jsonl'), lines(1000, 1500));
  const desk = await startDeskHost({ dataDir });
  try {
    await page.goto(`${desk.url}#/activity`);
    const table = page.getByRole('table', { name: 'Updox activity' });
    await expect(page.getByTestId('activity-count')).toHaveText('1,500 calls match.');
    // Scroll to the very end: the oldest call is there (pages load as the list nears their end).
    const body = table.getByRole('rowgroup').nth(1);
    await expect(async () => {
      await body.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await expect(table.getByRole('row', { name: /seed-0000/ })).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 20_000 });

    await page.getByLabel('Result').selectOption('refused');
    await expect(page.getByTestId('activity-count')).toHaveText('150 calls match.');
    await page.getByLabel('Account ID').fill('seed-14');
    await expect(page.getByTestId('activity-count')).toHaveText('10 calls match.');
    await expect(table.getByRole('row').nth(1)).toContainText('Refused by Updox (4039)');
    await shoot(page, 'activity-filtered');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const csv = await fs.readFile(file, 'utf8');
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(11);
    expect(rows[0]).toBe(
      'Time (UTC),Environment,What,Updox method,Account ID,Result,Response code,HTTP status,Duration (ms),Attempt',
    );
    expect(rows[1]).toContain('Sandbox,Send a text message,SmsSend,seed-1490,Refused by Updox (4039),4039');
    await expect(page.getByTestId('activity-count')).toContainText(
      '10 calls exported to updox-activity-sandbox-',
    );

    // Days the wrong way round say so, by the field.
    await page.getByLabel('From').fill('2026-11-04');
    await page.getByLabel('To').fill('2026-11-02');
    await expect(page.getByText('To must be on or after From')).toBeVisible();
    await expect(page.getByTestId('activity-count')).toHaveText('0 calls match.');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByTestId('activity-count')).toHaveText('1,500 calls match.');
  } finally {
    await desk.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
});
