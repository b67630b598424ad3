import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { rpc } from './accounts-support';
import { expect, expectNoSeriousA11yViolations, shoot, test } from './support/fixtures';
import { createPractice, setVendor } from '../support/sandbox-api';
import { completePractice, partnerDetails } from '../unit/sms/sms-sandbox';

test('the readiness round trip: export the incomplete practices, fill the file, import, send; they end complete', async ({
  page,
  desk,
}) => {
  test.setTimeout(90_000);
  const o = desk.sandboxOrigin;
  await rpc(desk, 'business.savePartner', { details: partnerDetails });
  await setVendor(o, partnerDetails);
  await createPractice(
    o,
    completePractice('fix-street', { name: 'Street Dental', address1: '', postal: '' }),
  );
  await createPractice(o, completePractice('fix-city', { name: 'City Care', city: '' }));
  await createPractice(o, completePractice('fix-done', { name: 'Complete Already' }));

  await page.goto(`${desk.url}#/business`);
  const panel = page.getByRole('region', { name: "Practices' SMS business details, in bulk" });
  await expect(panel).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Export incomplete practices' }).click(),
  ]);
  await expect(panel.getByText(/2 practices, each with its gaps as empty cells/)).toBeVisible();
  const exported = await fs.readFile((await download.path())!, 'utf8');
  await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'readiness-fix-exported-1280x800-light');
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot(page, 'readiness-fix-exported-1024x700-dark');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });

  // Filled in a spreadsheet and saved as CSV.
  const parsed = Papa.parse<Record<string, string>>(exported, { header: true, skipEmptyLines: true });
  expect(parsed.meta.fields).toEqual(['Account ID', 'Practice name', 'Address line 1', 'City', 'ZIP code']);
  const fills: Record<string, Record<string, string>> = {
    'fix-street': { 'Address line 1': '200 Oak Avenue', 'ZIP code': '43017' },
    'fix-city': { City: 'Dublin' },
  };
  const filled = Papa.unparse(parsed.data.map((row) => ({ ...row, ...fills[row['Account ID']!] })));
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'desk-fill-')), 'filled.csv');
  await fs.writeFile(file, filled);
  await panel.getByLabel('Import the filled file (CSV)').setInputFiles(file);

  // The batch screen: the same progress, sending and results as any batch.
  await expect(page).toHaveURL(/#\/batch\/b-/);
  const progress = page.getByTestId('batch-progress');
  await progress.getByRole('button', { name: 'Send 2 practices' }).click();
  await expect(progress.getByTestId('batch-progress-words')).toContainText('2 updated', { timeout: 30_000 });
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'readiness-fix-batch-1280x800-light');
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, 'readiness-fix-batch-1024x700-dark');

  const after = (await rpc(desk, 'business.exportIncomplete')) as { rows: number };
  expect(after.rows).toBe(0);
});
