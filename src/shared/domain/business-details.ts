import { z } from 'zod';
import { blanksOf, storedShapeOf, typedShapeOf } from './fields/field-spec';
import { partnerDetailsFields, partnerFieldTable, partnerLabels as L } from './fields/partner-fields';

const table = partnerFieldTable;
const textFields = partnerDetailsFields;

const updatedAt = z.iso
  .datetime({ offset: true, error: `${L.updatedAt} must be an ISO 8601 date and time.` })
  .optional();

/**
 * The partner's business details, from the partner field table. Business name and the four contact fields are
 * required; the rest are optional but checked when given.
 */
const businessDetailsStoredShape = { ...storedShapeOf(table, textFields), updatedAt };

export const businessDetailsTypedShape = { ...typedShapeOf(table, textFields), updatedAt };

export const businessDetailsSchema = z.object(businessDetailsStoredShape);
export const businessDetailsFormSchema = z.object(businessDetailsTypedShape);

export type PartnerBusinessDetails = z.output<typeof businessDetailsSchema>;
export type BusinessDetailsFormValues = z.input<typeof businessDetailsFormSchema>;

export const emptyBusinessDetails = (): PartnerBusinessDetails => blanksOf(table, textFields);
