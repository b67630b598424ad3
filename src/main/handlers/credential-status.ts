import type { CredentialStatus } from '../../shared/contract/environments';
import type { AppServices } from '../services/app-services';

/** Whether credentials are set and when verified: all the renderer ever learns about them. */
export const credentialStatus = (s: AppServices, environmentId: string): CredentialStatus => {
  const meta = s.settings.get().credentials[environmentId];
  const set = s.vault.has(environmentId);
  const env = s.settings.get().environments.find((e) => e.id === environmentId);
  const status: CredentialStatus = { set, builtIn: !set && env?.kind === 'sandbox' };
  if (set && meta?.savedAt) status.savedAt = meta.savedAt;
  if (meta?.verifiedAt) status.verifiedAt = meta.verifiedAt;
  return status;
};
