import type { Account, PartnerDetails } from '../state';
import { isBlank, isEmail, isHttpUrl, isPostal, isUsPhoneLoose, isUsStateCode } from './practice-rules';

/**
 * Whether the business details on file are enough for SMS number verification (reference 4.5 and section 8).
 * Returns what is missing; an empty list means sufficient. address2 is never required.
 */
export function businessDetailsGaps(account: Account, partner: PartnerDetails): string[] {
  const gaps: string[] = [];
  if (isBlank(account.name)) gaps.push('account name');
  if (isBlank(account.address1)) gaps.push('account address1');
  if (isBlank(account.city)) gaps.push('account city');
  if (account.state === null || !isUsStateCode(account.state)) gaps.push('account state');
  if (account.postal === null || !isPostal(account.postal)) gaps.push('account postal');
  if (account.countryCode.trim().toUpperCase() !== 'US') gaps.push('account countryCode');
  const accountSite = account.websiteUrl !== null && isHttpUrl(account.websiteUrl);
  if (!accountSite && !isHttpUrl(partner.website)) gaps.push('website (account or partner)');
  if (isBlank(partner.contactFirstName)) gaps.push('partner contactFirstName');
  if (isBlank(partner.contactLastName)) gaps.push('partner contactLastName');
  if (!isEmail(partner.contactEmail)) gaps.push('partner contactEmail');
  if (!isUsPhoneLoose(partner.contactPhone)) gaps.push('partner contactPhone');
  return gaps;
}

export const businessDetailsSufficient = (account: Account, partner: PartnerDetails): boolean =>
  businessDetailsGaps(account, partner).length === 0;
