import type {
  MissingAccountField,
  MissingPartnerField,
  ReadinessAccount,
} from '../../../shared/contract/business';
import { zodIssuesToFields } from '../../../shared/contract/zod-fields';
import {
  businessDetailsSchema,
  emptyBusinessDetails,
  type PartnerBusinessDetails,
} from '../../../shared/domain/business-details';
import { AppError } from '../../../shared/errors';
import type { PracticeDetails, PracticeRecord } from '../../updox/types';

type Changes<K extends string> = Partial<Record<K, string | undefined>>;

const defined = <K extends string>(changes: Changes<K>): [K, string][] =>
  Object.entries(changes).filter((e): e is [K, string] => typeof e[1] === 'string');

/**
 * The whole record to send back with PracticeSave/1.1: what PracticeGet answered, with only the form's fields
 * changed. Every other field (directDomain, metadata, timeZone, active...) stays exactly as Updox holds it.
 */
export const mergeAccountChanges = (
  current: PracticeDetails,
  changes: Changes<MissingAccountField>,
): PracticeRecord => {
  const { vetted: _vetted, version11FieldsReturned: _v11, ...record } = current;
  const next: PracticeRecord = { ...record };
  for (const [field, value] of defined(changes)) next[field] = value;
  return next;
};

/** Whether the changes would change anything Updox holds. */
export const changesAccount = (current: PracticeDetails, changes: Changes<MissingAccountField>): boolean =>
  defined(changes).some(([field, value]) => current[field] !== value);

/**
 * The partner details after the form: the stored ones (or blank ones) with the form's fields, checked as a whole
 * (a first save needs a Business name too). Problems come back keyed "partner.<field>".
 */
export const mergePartnerChanges = (
  stored: PartnerBusinessDetails | null,
  changes: Changes<MissingPartnerField>,
): PartnerBusinessDetails => {
  const merged = { ...(stored ?? emptyBusinessDetails()) };
  for (const [field, value] of defined(changes)) merged[field] = value;
  const checked = businessDetailsSchema.safeParse(merged);
  if (checked.success) return checked.data;
  const fields = Object.fromEntries(
    Object.entries(zodIssuesToFields(checked.error.issues)).map(([k, v]) => [`partner.${k}`, v]),
  );
  throw new AppError({
    kind: 'validation',
    message: Object.values(fields)[0] ?? "The partner's business details are not complete.",
    fields,
  });
};

/** The fields readiness looks at, as Updox holds them. */
export const readinessAccountOf = (details: PracticeDetails): ReadinessAccount => ({
  accountId: details.accountId,
  name: details.name,
  address1: details.address1,
  address2: details.address2,
  city: details.city,
  state: details.state,
  postal: details.postal,
  countryCode: details.countryCode,
  websiteUrl: details.websiteUrl,
});
