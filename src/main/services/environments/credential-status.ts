import type { CredentialStatus } from '../../../shared/contract/environments';
import type { CoreServices } from '../core-services';

/** Whether credentials are set and when verified: all the renderer ever learns about them. */
export const credentialStatus = (
  core: Pick<CoreServices, 'settings' | 'vault'>,
  environmentId: string,
): CredentialStatus => {
  const meta = core.settings.get().credentials[environmentId];
  const set = core.vault.has(environmentId);
  const env = core.settings.get().environments.find((e) => e.id === environmentId);
  const status: CredentialStatus = { set, builtIn: !set && env?.kind === 'sandbox' };
  if (set && meta?.savedAt) status.savedAt = meta.savedAt;
  if (meta?.verifiedAt) status.verifiedAt = meta.verifiedAt;
  return status;
};
