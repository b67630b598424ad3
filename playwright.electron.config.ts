import { defineConfig } from '@playwright/test';

/** The desktop app itself, through Playwright's Electron driver. Needs the Electron binary and a display. */
export default defineConfig({
  testDir: 'test/electron',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/electron',
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
});
