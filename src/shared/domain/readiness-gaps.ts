import { missingAccountFields, type MissingAccountField } from '../contract/business';
import type { SmsReadiness } from './sms-readiness-types';

const accountFields = new Set<string>(missingAccountFields);

/**
 * The practice's own fields SMS readiness finds missing or not valid: what the Missing Business Info form asks
 * for on the account side, and the empty columns of the bulk readiness export. Partner gaps are not the
 * practice's (they are fixed once, in Business details).
 */
export const accountGapFields = (readiness: SmsReadiness): MissingAccountField[] =>
  readiness.items.flatMap((item) =>
    (item.status === 'missing' || item.status === 'invalid') &&
    item.fixSource === 'account' &&
    item.fixField !== undefined &&
    accountFields.has(item.fixField)
      ? [item.fixField as MissingAccountField]
      : [],
  );

/** The labels of the partner's own gaps (fixed in Business details, not per practice). */
export const partnerGapLabels = (readiness: SmsReadiness): string[] =>
  readiness.items
    .filter(
      (item) => (item.status === 'missing' || item.status === 'invalid') && item.fixSource === 'partner',
    )
    .map((item) => item.label);
