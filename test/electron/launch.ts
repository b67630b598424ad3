import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';

/** The built app (`npm run test:electron` builds it first) on its own temp data folder. */
export const launchDesk = async (
  dataDir?: string,
): Promise<{ app: ElectronApplication; page: Page; dataDir: string }> => {
  const dir = dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'desk-electron-e2e-')));
  const app = await electron.launch({ args: ['.'], env: { ...process.env, DESK_DATA_DIR: dir } });
  const page = await app.firstWindow();
  await page.getByRole('navigation', { name: 'Sections' }).waitFor();
  return { app, page, dataDir: dir };
};

/** Replaces dialog.showMessageBox in main with one that records its options and answers `response`. */
export const answerDialogs = (app: ElectronApplication, response: number) =>
  app.evaluate(({ dialog }, answer) => {
    const seen: unknown[] = [];
    (globalThis as { deskDialogs?: unknown[] }).deskDialogs = seen;
    dialog.showMessageBox = (async (...args: unknown[]) => {
      seen.push(args.at(-1));
      return { response: answer, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
  }, response);

export const recordedDialogs = (app: ElectronApplication) =>
  app.evaluate(() => (globalThis as { deskDialogs?: Array<Record<string, unknown>> }).deskDialogs ?? []);

export const logText = async (app: ElectronApplication): Promise<string> => {
  const dir = await app.evaluate(({ app: a }) => a.getPath('logs'));
  return fs.readFile(path.join(dir, 'onboarding-desk.log'), 'utf8');
};
