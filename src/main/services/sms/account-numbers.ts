import type { SmsLocationNumber, SmsLocationStatus, SmsNumbers } from '../../../shared/contract/sms';
import { isDefaultLocation } from '../../../shared/domain/location';
import { computeSmsReadiness, readinessSummary } from '../../../shared/domain/sms-readiness';
import type { PartnerBusinessDetails } from '../../../shared/domain/business-details';
import type { UpdoxClient } from '../../updox/client';
import type { SmsNumber, UpdoxLocation } from '../../updox/types';
import { UpdoxError } from '../../updox/updox-error';
import { judgeNumberAge } from './number-age';
import type { NumberObservation, NumberTimelineStore, NumberTransition } from './number-timeline-store';

const statusOf = (entry: SmsNumber | undefined): SmsLocationStatus => entry?.status ?? 'none';

/** One location's picker/table row, from the location and its SmsSendNumberList entry (if any). */
export const locationNumberView = (
  location: Pick<UpdoxLocation, 'updoxId' | 'name' | 'code'>,
  entry: SmsNumber | undefined,
  nowMs: number,
  timeline: SmsLocationNumber['timeline'],
): SmsLocationNumber => {
  const status = statusOf(entry);
  const statusDate = entry?.statusDate ?? null;
  const age = judgeNumberAge(status, statusDate, nowMs);
  return {
    locationId: location.updoxId,
    locationName: location.name || location.code || `Location ${location.updoxId}`,
    locationCode: location.code,
    isDefault: isDefaultLocation(location),
    number: entry?.number ?? null,
    numberType: entry?.numberType ?? null,
    status,
    statusDate,
    ageMs: status === 'none' ? null : age.ageMs,
    stale: age.stale,
    ...(age.advice ? { advice: age.advice } : {}),
    timeline,
  };
};

/** SmsSendNumberList, or null when Updox answered 4015 (SMS not enabled for these credentials). */
const listNumbers = async (client: UpdoxClient, accountId: string) => {
  try {
    return { numbers: await client.smsSendNumberList(accountId), notEnabled: undefined };
  } catch (error) {
    if (error instanceof UpdoxError && error.code === 4015)
      return { numbers: null, notEnabled: error.message };
    throw error;
  }
};

export interface NumbersContext {
  client: UpdoxClient;
  environmentId: string;
  partner: PartnerBusinessDetails | null;
  timelines: NumberTimelineStore;
  nowMs: number;
}

/** PracticeGet + PracticeLocationsRetrieve + SmsSendNumberList, joined, with the status changes they reveal. */
export const loadAccountNumbers = async (
  ctx: NumbersContext,
  accountId: string,
): Promise<{ view: SmsNumbers; transitions: NumberTransition[] }> => {
  const [practice, locations, listed] = await Promise.all([
    ctx.client.practiceGet(accountId),
    ctx.client.practiceLocationsRetrieve(accountId, { activeOnly: true }),
    listNumbers(ctx.client, accountId),
  ]);
  const readiness = computeSmsReadiness(practice, ctx.partner);
  const byLocation = new Map((listed.numbers ?? []).map((n) => [n.locationId, n]));
  let transitions: NumberTransition[] = [];
  if (listed.numbers) {
    const seen: NumberObservation[] = locations.map((l) => {
      const entry = byLocation.get(l.updoxId);
      return {
        locationId: l.updoxId,
        locationName: l.name || l.code,
        number: entry?.number ?? null,
        status: statusOf(entry),
        statusDate: entry?.statusDate ?? null,
      };
    });
    transitions = await ctx.timelines.observe(ctx.environmentId, accountId, seen, practice.name);
  }
  const view: SmsNumbers = {
    accountId,
    accountName: practice.name,
    accountPhone: practice.phone,
    readiness: { complete: readiness.complete, summary: readinessSummary(readiness) },
    smsEnabled: listed.notEnabled === undefined,
    ...(listed.notEnabled ? { smsMessage: listed.notEnabled } : {}),
    locations: locations.map((l) =>
      locationNumberView(
        l,
        byLocation.get(l.updoxId),
        ctx.nowMs,
        ctx.timelines.timeline(ctx.environmentId, accountId, l.updoxId),
      ),
    ),
    checkedAt: new Date().toISOString(),
  };
  return { view, transitions };
};
