import fs from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { BatchPracticeRow } from '../../src/shared/contract/batch';
import { createPractice, setFaults } from '../support/sandbox-api';
import { goodRow, leanRows } from '../unit/batch/batch-fixtures';
import { expect, expectNoSeriousA11yViolations, shoot, test, shootBoth } from './support/fixtures';

/** A batch made as the import screen makes it: the batch.create call, from the page (token and origin as the app). */
const createBatch = (page: Page, token: string, rows: BatchPracticeRow[]) =>
  page.evaluate(
    async ({ token, rows }) => {
      const res = await fetch('/rpc/batch.create', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-desk-token': token },
        body: JSON.stringify({ input: { mode: 'create', files: ['practices.csv'], rows } }),
      });
      const answer = (await res.json()) as { ok: boolean; data: { id: string } };
      if (!answer.ok) throw new Error(JSON.stringify(answer));
      return answer.data.id;
    },
    { token, rows },
  );

test('a batch shows its progress, pauses, resumes, and exports its results', async ({ page, desk }) => {
  await createPractice(desk.sandboxOrigin, { accountId: 'e2e-held', name: 'Someone Else' });
  const rows = [...leanRows('e2e', 24), goodRow('e2e-held', 26)];
  const bad = goodRow('e2e-bad', 27);
  bad.practice.postal = '12';
  rows.push(bad);
  await page.goto(desk.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const batchId = await createBatch(page, desk.token, rows);
  await page.goto(`${desk.url}#/batch/${batchId}`);

  const progress = page.getByTestId('batch-progress');
  await expect(progress.getByRole('heading', { name: 'Not sent yet' })).toBeVisible();
  await expect(progress).toContainText('1 row with problems');
  await progress.getByRole('button', { name: 'Check with Updox first' }).click();
  await expect(page.getByTestId('batch-preflight')).toContainText('24 practices to create');
  await expect(page.getByTestId('batch-preflight')).toContainText(
    '1 account already in Updox will be skipped',
  );
  await expectNoSeriousA11yViolations(page);
  await shootBoth(page, 'batch-draft');

  // Slow Updox, two at a time: the progress moves by events while we look.
  await setFaults(desk.sandboxOrigin, [{ kind: 'latency', latencyMs: 250 }]);
  await page.getByLabel('At once').fill('2');
  await progress.getByRole('button', { name: 'Send 25 practices' }).click();
  await expect(progress.getByRole('heading', { name: /^Sending/ })).toBeVisible();
  await expect(page.getByTestId('batch-progress-words')).toContainText(/^[1-9]\d* of 25 practices answered/);
  await shootBoth(page, 'batch-progress');
  await progress.getByRole('button', { name: 'Pause' }).click();
  await expect(progress.getByRole('heading', { name: 'Paused' })).toBeVisible();
  await expect(page.getByTestId('batch-progress-words')).not.toContainText('being sent');
  const paused = await page.getByTestId('batch-progress-words').textContent();
  await page.waitForTimeout(800);
  await expect(page.getByTestId('batch-progress-words')).toHaveText(paused ?? '');

  // Resume while the page cannot reach the app: said plainly, and gone once the connection is back.
  await page.context().setOffline(true);
  await progress.getByRole('button', { name: /^Resume: send/ }).click();
  await expect(progress).toContainText('This page could not reach Onboarding Desk');
  await expect(progress.getByRole('heading', { name: 'Paused' })).toBeVisible();
  await page.context().setOffline(false);
  await expect(progress).not.toContainText('This page could not reach Onboarding Desk');

  await setFaults(desk.sandboxOrigin, []);
  await page.getByLabel('At once').fill('8');
  await progress.getByRole('button', { name: /^Resume: send/ }).click();
  await expect(progress.getByRole('heading', { name: 'Finished' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('batch-progress-words')).toHaveText(
    '25 of 25 practices answered: 24 created, 1 skipped.',
  );
  const results = page.getByTestId('batch-results-table');
  await expect(results.getByRole('row', { name: /e2e-held/ })).toContainText('Skipped: already in Updox');
  await expect(results.getByRole('row', { name: /e2e-bad/ })).toContainText('ZIP');
  await expectNoSeriousA11yViolations(page);
  await shootBoth(page, 'batch-results');
  await shoot(page, 'batch-results');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export results' }).click();
  const file = await (await download).path();
  const csv = await fs.readFile(file, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('Row,Account ID,Practice name,Outcome,Code,Message');
  expect(csv).toContain('26,e2e-held,Practice e2e-held,skipped,4130,');
  expect(csv).toContain('2,e2e-0001,Practice e2e-0001,created,,');
});
