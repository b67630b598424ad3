import type { PartnerBusinessDetails } from '../../../shared/domain/business-details';
import { partnerLabels as L } from '../../../shared/domain/labels';
import type { FieldProblem } from './ErrorSummary';

/** The fields of the Business details form (your company's, the partner's), in groups, in screen order. */
export type PartnerFormField = Exclude<keyof PartnerBusinessDetails, 'updatedAt'>;

export interface PartnerFieldSpec {
  readonly field: PartnerFormField;
  readonly type?: 'email' | 'tel' | 'url';
  readonly hint?: string;
  /** A picker of the 56 state and territory codes instead of a text box. */
  readonly picker?: 'state';
}

export const partnerFormGroups: readonly { legend: string; fields: readonly PartnerFieldSpec[] }[] = [
  {
    legend: 'Business',
    fields: [
      { field: 'name' },
      { field: 'legalName' },
      {
        field: 'website',
        type: 'url',
        hint: 'Used for any practice without a website of its own (for example https://yourcompany.com).',
      },
    ],
  },
  {
    legend: 'Address',
    fields: [
      { field: 'address1' },
      { field: 'address2' },
      { field: 'city' },
      { field: 'state', picker: 'state' },
      { field: 'postal', hint: '5 or 9 digits.' },
      { field: 'countryCode', hint: 'Two letters, for example US.' },
    ],
  },
  {
    legend: 'Contact (used for every SMS number verification)',
    fields: [
      { field: 'contactFirstName' },
      { field: 'contactLastName' },
      { field: 'contactEmail', type: 'email' },
      { field: 'contactPhone', type: 'tel', hint: '10 digits, for example (888) 555-1212.' },
    ],
  },
];

/** The id of a Business details input (for labels, the error summary and focus). */
export const partnerInputId = (field: PartnerFormField): string => `partner-${field}`;

const order: readonly PartnerFormField[] = partnerFormGroups.flatMap((g) => g.fields.map((f) => f.field));

/**
 * Every problem, in screen order, from errors keyed by field (as the form check or the app answers them; a
 * "details." prefix is dropped). Errors for no known field come last, pointing at the first field.
 */
export const partnerFormProblems = (errors: Readonly<Record<string, string>>): FieldProblem[] => {
  const byField = new Map<string, string>();
  for (const [key, message] of Object.entries(errors)) byField.set(key.replace(/^details\./, ''), message);
  const known = order
    .filter((f) => byField.has(f))
    .map((f) => ({ id: partnerInputId(f), label: L[f], message: byField.get(f)! }));
  const other = [...byField]
    .filter(([k]) => !order.includes(k as PartnerFormField))
    .map(([k, message]) => ({ id: partnerInputId(order[0]!), label: k, message }));
  return [...known, ...other];
};
