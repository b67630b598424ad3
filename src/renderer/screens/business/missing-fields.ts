import type {
  MissingAccountField,
  MissingPartnerField,
  ReadinessAccount,
} from '../../../shared/contract/business';
import {
  businessDetailsTypedShape,
  emptyBusinessDetails,
  type PartnerBusinessDetails,
} from '../../../shared/domain/business-details';
import { partnerLabels } from '../../../shared/domain/labels';
import { practiceTypedShape } from '../../../shared/domain/practice';
import { computeSmsReadiness, type SmsReadiness } from '../../../shared/domain/sms-readiness';
import type { FieldProblem } from './ErrorSummary';

/**
 * Which fields the Missing Business Info form shows: those readiness found missing or invalid, each with its rule
 * and what is known of it. Partner fields appear only when a partner field is what is missing (then, if the
 * partner has no Business name yet, that too: the partner details cannot be kept without one). A website
 * inherited from the partner adds an optional Website URL field, so the checklist's advice (add the practice's
 * own) can be followed here.
 */
export type MissingFormField =
  | {
      source: 'account';
      field: MissingAccountField;
      label: string;
      rule: string;
      initial: string;
      /** Only the inherited website: blank keeps using the partner's. */
      optional?: boolean;
    }
  | { source: 'partner'; field: MissingPartnerField; label: string; rule: string; initial: string };

export type FormValues = Record<string, string>;
export type FieldKey = `${MissingFormField['source']}.${string}`;
export const fieldKey = (f: Pick<MissingFormField, 'source' | 'field'>): FieldKey => `${f.source}.${f.field}`;

/** The id of a Missing Business Info input (for its label, the error summary and focus). */
export const missingInputId = (f: Pick<MissingFormField, 'source' | 'field'>): string =>
  `missing-${f.source}-${f.field}`;

export const isOptionalField = (f: MissingFormField): boolean =>
  f.source === 'account' && f.optional === true;

/** What the form calls a field: "(partner)" after a partner field, "(optional)" after the optional website. */
export const formLabel = (f: MissingFormField): string =>
  f.source === 'partner' ? `${f.label} (partner)` : isOptionalField(f) ? `${f.label} (optional)` : f.label;

/** The optional website's warning: what blank means, and why it is worse. */
export const inheritedWebsiteWarning = (partnerWebsite: string): string =>
  `Left blank, the partner's website (${partnerWebsite}) is used, and carriers reject SMS verification more often with it. Add the practice's own website if it has one.`;

const accountFieldSet = new Set<string>(Object.keys(practiceTypedShape));
const partnerFieldSet = new Set<string>(Object.keys(businessDetailsTypedShape));

export const missingFormFields = (
  readiness: SmsReadiness,
  account: ReadinessAccount,
  partner: PartnerBusinessDetails | null,
): MissingFormField[] => {
  const fields: MissingFormField[] = [];
  for (const item of readiness.items) {
    if (item.status === 'inherited' && item.fixSource === 'account' && item.fixField === 'websiteUrl') {
      const rule = "Optional. The practice's own website, for example https://mypractice.com.";
      fields.push({
        source: 'account',
        field: 'websiteUrl',
        label: item.label,
        rule,
        initial: account.websiteUrl,
        optional: true,
      });
      continue;
    }
    if (item.status !== 'missing' && item.status !== 'invalid') continue;
    const field = item.fixField;
    if (item.fixSource === 'account' && field && accountFieldSet.has(field)) {
      const f = field as MissingAccountField;
      fields.push({ source: 'account', field: f, label: item.label, rule: item.rule, initial: account[f] });
    } else if (item.fixSource === 'partner' && field && partnerFieldSet.has(field)) {
      const f = field as MissingPartnerField;
      fields.push({
        source: 'partner',
        field: f,
        label: item.label,
        rule: item.rule,
        initial: partner?.[f] ?? '',
      });
    }
  }
  const needsPartnerName = fields.some((f) => f.source === 'partner') && !partner?.name.trim();
  if (needsPartnerName) {
    const label = partnerLabels.name;
    const rule = `${label} is required to keep the partner's Business details.`;
    const at = fields.findIndex((f) => f.source === 'partner');
    fields.splice(at, 0, { source: 'partner', field: 'name', label, rule, initial: partner?.name ?? '' });
  }
  return fields;
};

export interface FormOutcome {
  /** What the person typed, normalized as it will be stored, by field key; only fields without problems. */
  account: Partial<Record<MissingAccountField, string>>;
  partner: Partial<Record<MissingPartnerField, string>>;
  /** A message per field key that still breaks its rule (the form rule, then the readiness rule). */
  errors: Record<string, string>;
  /** Readiness as it will be once these values are written. */
  readiness: SmsReadiness;
}

const firstMessage = (issues: readonly { message: string }[]): string => issues[0]?.message ?? '';

/** Checks the typed values with the form rules and with readiness itself, so a clean form means Complete. */
export const checkMissingForm = (
  fields: readonly MissingFormField[],
  values: FormValues,
  account: ReadinessAccount,
  partner: PartnerBusinessDetails | null,
): FormOutcome => {
  const out: FormOutcome = {
    account: {},
    partner: {},
    errors: {},
    readiness: computeSmsReadiness(account, partner),
  };
  for (const f of fields) {
    const key = fieldKey(f);
    const raw = values[key] ?? f.initial;
    const parsed =
      f.source === 'account'
        ? practiceTypedShape[f.field].safeParse(raw)
        : businessDetailsTypedShape[f.field].safeParse(raw);
    if (!parsed.success) {
      out.errors[key] = firstMessage(parsed.error.issues);
      continue;
    }
    const value = String(parsed.data);
    // A blank optional website that was blank already changes nothing: it is not sent.
    if (isOptionalField(f) && value === '' && f.initial.trim() === '') continue;
    if (f.source === 'account') out.account[f.field] = value;
    else out.partner[f.field] = value;
  }
  const mergedAccount = { ...account, ...out.account };
  const hasPartner = partner !== null || Object.keys(out.partner).length > 0;
  const mergedPartner = hasPartner ? { ...(partner ?? emptyBusinessDetails()), ...out.partner } : null;
  out.readiness = computeSmsReadiness(mergedAccount, mergedPartner);
  for (const item of out.readiness.items) {
    if (item.status !== 'missing' && item.status !== 'invalid') continue;
    const key = `${item.fixSource ?? 'account'}.${item.fixField ?? item.key}`;
    if (fields.some((f) => fieldKey(f) === key)) out.errors[key] ??= item.rule;
  }
  for (const f of fields) {
    if (f.source === 'partner' && f.field === 'name' && !(out.partner.name ?? '').trim()) {
      out.errors[fieldKey(f)] ??= f.rule;
    }
  }
  return out;
};

/** Every problem, in form order: a field's own error (e.g. the website pre-flight) first, else the form check's. */
export const missingFormProblems = (
  fields: readonly MissingFormField[],
  errorOf: (f: MissingFormField) => string | null | undefined,
): FieldProblem[] =>
  fields.flatMap((f) => {
    const message = errorOf(f);
    return message ? [{ id: missingInputId(f), label: formLabel(f), message }] : [];
  });

/** Whether the outcome would change anything (the optional website left blank alone changes nothing). */
export const hasChanges = (outcome: Pick<FormOutcome, 'account' | 'partner'>): boolean =>
  Object.keys(outcome.account).length > 0 || Object.keys(outcome.partner).length > 0;

/** The form's heading: what it asks for. */
export const missingFormTitle = (fields: readonly MissingFormField[]): string =>
  fields.length > 0 && fields.every(isOptionalField)
    ? "The practice's own website"
    : 'Missing or invalid details';
