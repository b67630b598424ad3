import { describe, expect, it } from 'vitest';
import { onlyPartnerGaps, partnerGapCount } from '../../../src/renderer/screens/accounts/partner-gaps';
import { completePartner } from './sandbox-practices';

describe('partner gaps on the Accounts list', () => {
  it('counts the partner contact details that are missing or wrong, and nothing of a complete partner', async () => {
    expect(await partnerGapCount(null)).toBe(4);
    expect(await partnerGapCount(completePartner)).toBe(0);
    expect(
      await partnerGapCount({ ...completePartner, contactEmail: 'not-an-email', contactPhone: '' }),
    ).toBe(2);
    // The partner website only stands in for an account's own: never a gap by itself.
    expect(await partnerGapCount({ ...completePartner, website: '' })).toBe(0);
  });

  it('says the gaps are the partner details only when every gap of the account is one of them', () => {
    expect(onlyPartnerGaps({ complete: false, issues: 4 }, 4)).toBe(true);
    expect(onlyPartnerGaps({ complete: false, issues: 5 }, 4)).toBe(false);
    expect(onlyPartnerGaps({ complete: false, issues: 2 }, 0)).toBe(false);
    expect(onlyPartnerGaps({ complete: true, issues: 0 }, 0)).toBe(false);
    // Not known yet: never claimed.
    expect(onlyPartnerGaps({ complete: false, issues: 4 }, null)).toBe(false);
  });
});
