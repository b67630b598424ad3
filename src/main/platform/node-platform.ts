import path from 'node:path';
import Conf from 'conf';
import { openKeyFileSecrets } from './key-file-secrets';
import type { Platform } from './types';
import { appName, appVersion } from '../app-identity';

/** The platform the web host and the tests run on: conf for settings, a key file for secrets, toasts only. */
export const createNodePlatform = (dataDir: string): Platform => ({
  host: 'web',
  appName,
  appVersion,
  dataDir,
  logsDir: path.join(dataDir, 'logs'),
  secrets: openKeyFileSecrets(dataDir),
  notifier: { show: () => false },
  openSettingsFile: (options) =>
    new Conf<Record<string, unknown>>({
      ...options,
      projectName: 'onboarding-desk',
    }),
});
