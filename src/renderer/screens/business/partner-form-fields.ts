import { partnerFieldTable, type PartnerDetailsField } from '../../../shared/domain/fields/partner-fields';
import type { FieldProblem } from './ErrorSummary';

/** The fields of the Business details form (your company's, the partner's): the partner field table's. */
export type PartnerFormField = PartnerDetailsField;

/** The form's groups, in screen order; each field's label, rule, hint and input come from its table row. */
export const partnerFormGroups: readonly { legend: string; fields: readonly PartnerFormField[] }[] = [
  { legend: 'Business', fields: ['name', 'legalName', 'website'] },
  { legend: 'Address', fields: ['address1', 'address2', 'city', 'state', 'postal', 'countryCode'] },
  {
    legend: 'Contact (used for every SMS number verification)',
    fields: ['contactFirstName', 'contactLastName', 'contactEmail', 'contactPhone'],
  },
];

/** The id of a Business details input (for labels, the error summary and focus). */
export const partnerInputId = (field: PartnerFormField): string => `partner-${field}`;

const order: readonly PartnerFormField[] = partnerFormGroups.flatMap((g) => g.fields);

/**
 * Every problem, in screen order, from errors keyed by field (as the form check or the app answers them; a
 * "details." prefix is dropped). Errors for no known field come last, pointing at the first field.
 */
export const partnerFormProblems = (errors: Readonly<Record<string, string>>): FieldProblem[] => {
  const byField = new Map<string, string>();
  for (const [key, message] of Object.entries(errors)) byField.set(key.replace(/^details\./, ''), message);
  const known = order
    .filter((f) => byField.has(f))
    .map((f) => ({ id: partnerInputId(f), label: partnerFieldTable[f].label, message: byField.get(f)! }));
  const other = [...byField]
    .filter(([k]) => !order.includes(k as PartnerFormField))
    .map(([k, message]) => ({ id: partnerInputId(order[0]!), label: k, message }));
  return [...known, ...other];
};
