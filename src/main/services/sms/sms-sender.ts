import type { SmsSendResult } from '../../../shared/contract/sms';
import { describeUpdoxCode } from '../../../shared/updox/codes';
import { computeSmsReadiness } from '../../../shared/domain/sms-readiness';
import type { PartnerBusinessDetails } from '../../../shared/domain/business-details';
import type { UpdoxClient } from '../../updox/client';
import { UpdoxError } from '../../updox/updox-error';
import { sendFailure } from './sms-errors';

export interface SendRequest {
  accountId: string;
  locationId: number;
  to: string;
  message: string;
  secure: boolean;
}

const BUSINESS_INFO = describeUpdoxCode(4039, '', { method: 'SmsSend' });

/** SmsSend answers that are outcomes to act on rather than failures. */
const outcomeFor = (code: number | undefined, message: string): SmsSendResult | null => {
  if (code === 4035) return { outcome: 'verification-requested', code, message };
  if (code === 4039) return { outcome: 'business-info-needed', code, message };
  if (code === 4015) return { outcome: 'sms-not-enabled', code, message };
  return null;
};

/**
 * One send: first the app's own readiness check (PracticeGet + the partner details: an incomplete account goes to
 * the Missing Business Info form without asking Updox), then SmsSend, once. The body and number go to Updox only.
 */
export const sendSms = async (
  client: UpdoxClient,
  partner: PartnerBusinessDetails | null,
  request: SendRequest,
): Promise<SmsSendResult> => {
  const practice = await client.practiceGet(request.accountId);
  if (!computeSmsReadiness(practice, partner).complete) {
    return { outcome: 'business-info-needed', message: BUSINESS_INFO, checkedLocally: true };
  }
  try {
    const { messageId } = await client.smsSend(request.accountId, {
      to: request.to,
      message: request.message,
      locationId: request.locationId,
      secure: request.secure,
    });
    return { outcome: 'sent', code: 2000, messageId, message: 'Sent.' };
  } catch (error) {
    const known = error instanceof UpdoxError ? outcomeFor(error.code, error.message) : null;
    if (known) return known;
    throw sendFailure(error);
  }
};
