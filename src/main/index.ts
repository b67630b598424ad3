import * as electron from 'electron';
import { builtInUpdateUrl } from './app-identity';
import { bootstrap } from './electron/bootstrap';
import { createElectronPlatform } from './electron/electron-platform';
import { loadElectronUpdater } from './electron/load-updater';

void bootstrap(electron, {
  outMainDir: import.meta.dirname,
  createPlatform: createElectronPlatform,
  updateUrl: builtInUpdateUrl,
  loadUpdater: loadElectronUpdater,
}).catch((err: unknown) => {
  electron.dialog.showErrorBox(
    'Onboarding Desk could not start',
    err instanceof Error ? err.message : 'An unexpected problem stopped the app from starting.',
  );
  electron.app.exit(1);
});
