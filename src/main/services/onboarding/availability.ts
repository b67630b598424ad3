import { accountIdRule } from '../../../shared/domain/field-rules/identifiers';
import { portalAddressRule, portalPreviewUrl } from '../../../shared/domain/field-rules/web';
import { isAccountAbsent } from '../../updox/error-rules';
import type { UpdoxClient } from '../../updox/client';

export interface Availability {
  status: 'free' | 'taken' | 'unknown' | 'invalid';
  message: string;
}

const unknown = (what: string): Availability => ({
  status: 'unknown',
  message: `Could not check the ${what} while Updox is unreachable. Updox checks it again when you submit.`,
});

/** PracticeGet answers "no such account" for a free account ID. */
export const checkAccountIdFree = async (client: UpdoxClient, typed: string): Promise<Availability> => {
  const rule = accountIdRule();
  const accountId = rule.normalize(typed);
  const problem = rule.problem(accountId);
  if (problem !== null) return { status: 'invalid', message: problem };
  try {
    const existing = await client.practiceGet(accountId);
    return {
      status: 'taken',
      message: `An account with ID ${accountId} already exists ('${existing.name}'). Choose another, or edit that account.`,
    };
  } catch (error) {
    if (isAccountAbsent(error)) return { status: 'free', message: `${accountId} is free.` };
    return unknown('account ID');
  }
};

/** A hint only: another account in the list already uses this portal web address (Updox decides, 4140). */
export const checkPortalAddressFree = async (
  client: UpdoxClient,
  typed: string,
  ownAccountId: string,
): Promise<Availability> => {
  const rule = portalAddressRule();
  const address = rule.normalize(typed);
  if (address === '')
    return { status: 'free', message: 'No portal web address: patients will not have a portal link.' };
  const problem = rule.problem(address);
  if (problem !== null) return { status: 'invalid', message: problem };
  try {
    const practices = await client.practiceList();
    const user = practices.find((p) => p.websiteAddress === address && p.accountId !== ownAccountId.trim());
    return user
      ? { status: 'taken', message: `${portalPreviewUrl(address)} is used by ${user.name}. Choose another.` }
      : {
          status: 'free',
          message: `${portalPreviewUrl(address)} looks free (Updox confirms it when you submit).`,
        };
  } catch {
    return unknown('portal web address');
  }
};
