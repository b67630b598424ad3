import { z } from 'zod';
import { practiceVersion11Body, readPracticeVersion11 } from '../provisional';
import type { PracticeDetails, PracticeRecord, PracticeVersion, PracticeWriteResult } from '../types';
import { wireBool, wireString } from './primitives';

/** The un-versioned practice fields (reference 4.2), keyed as on the wire; the app uses the same names. */
const baseStringFields = [
  'accountId',
  'name',
  'address1',
  'address2',
  'city',
  'state',
  'postal',
  'phone',
  'fax',
  'timeZone',
  'websiteAddress',
  'directDomain',
  'directAddress',
  'metadata',
] as const;

/** Every field of a PracticeRecord, for checking that a record is whole before it replaces one on Updox. */
export const practiceRecordSchema = z.object({
  ...Object.fromEntries(baseStringFields.map((f) => [f, z.string()])),
  websiteUrl: z.string(),
  alternativeWebsiteUrl: z.string(),
  countryCode: z.string(),
  active: z.boolean(),
});

/** The request body for PracticeCreate/Update/Save: every field, always (`active` too: omitted means false). */
export function practiceRequestBody(
  record: PracticeRecord,
  version: PracticeVersion,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of baseStringFields) body[field] = record[field];
  body.active = record.active;
  return version === '1.1' ? { ...body, ...practiceVersion11Body(record) } : body;
}

const practiceItemSchema = z.looseObject({
  accountId: z.string().min(1),
  name: wireString,
  address1: wireString,
  address2: wireString,
  city: wireString,
  state: wireString,
  postal: wireString,
  phone: wireString,
  fax: wireString,
  timeZone: wireString,
  websiteAddress: wireString,
  directDomain: wireString,
  directAddress: wireString,
  metadata: wireString,
  vetted: wireBool(false),
  active: wireBool(false),
});

export const practiceItem = practiceItemSchema.transform((item): PracticeDetails => {
  const { values, returned } = readPracticeVersion11(item);
  const base: Omit<PracticeRecord, 'active' | 'websiteUrl' | 'alternativeWebsiteUrl' | 'countryCode'> = {
    accountId: item.accountId,
    name: item.name,
    address1: item.address1,
    address2: item.address2,
    city: item.city,
    state: item.state,
    postal: item.postal,
    phone: item.phone,
    fax: item.fax,
    timeZone: item.timeZone,
    websiteAddress: item.websiteAddress,
    directDomain: item.directDomain,
    directAddress: item.directAddress,
    metadata: item.metadata,
  };
  return { ...base, ...values, active: item.active, vetted: item.vetted, version11FieldsReturned: returned };
});

export const practiceGetResponse = z.object({ practice: practiceItem }).transform((r) => r.practice);
export const practiceListResponse = z
  .object({ practiceList: z.array(practiceItem) })
  .transform((r) => r.practiceList);

/** PracticeCreate/Update/Save answers: accountId and action, which the reference marks partly inferred. */
export const practiceWriteResponse = (sentAccountId: string, defaultAction: PracticeWriteResult['action']) =>
  z.object({ accountId: wireString, action: wireString }).transform((r): PracticeWriteResult => {
    const action = r.action.toLowerCase();
    return {
      accountId: r.accountId === '' ? sentAccountId : r.accountId,
      action: action === 'create' || action === 'update' ? action : defaultAction,
      reconciled: false,
    };
  });
