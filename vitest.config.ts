import { defineConfig } from 'vitest/config';

const exclude = ['test/e2e/**', 'node_modules/**', 'out/**'];

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    // Two at once on the 2-core machines: the crash and fault suites mostly wait on child processes and sockets.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          exclude: [...exclude, 'test/unit/electron/**'],
          // The files of a worker share one module cache (a third of the suite's time went to importing the same
          // modules again per file). They keep no state between files: each makes its own temp folder, services and
          // servers, and restores what it spies on.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // The Electron glue replaces the 'electron' module per file (vi.mock, the recording fake): one file each.
          name: 'electron',
          include: ['test/unit/electron/**/*.test.ts'],
          exclude,
          isolate: true,
        },
      },
    ],
  },
});
