import type { Control } from 'react-hook-form';
import type { FieldSpec } from '../../../shared/domain/fields/field-spec';
import { partnerFieldTable } from '../../../shared/domain/fields/partner-fields';
import { practiceFieldTable } from '../../../shared/domain/fields/practice-fields';
import { FormField, type FieldExtras } from '../../components/form/FormField';
import { stateOptionsFor } from '../../components/form/state-options';
import type { WebsiteCheckState } from './WebsiteCheckNote';
import { WebsiteCheckNote } from './WebsiteCheckNote';
import {
  fieldKey,
  formLabel,
  inheritedWebsiteWarning,
  isOptionalField,
  missingInputId,
  type MissingFormField,
} from './missing-fields';
import type { WebsitePreflight } from './website-preflight';

/** The form's values as react-hook-form holds them: `account.<field>` and `partner.<field>`. */
export interface MissingFormValues {
  account: Record<string, string>;
  partner: Record<string, string>;
}

const isSubmitButton = (target: EventTarget | null): boolean =>
  target instanceof HTMLButtonElement && target.type === 'submit';

export const isWebsiteField = (f: MissingFormField) =>
  (f.source === 'account' && f.field === 'websiteUrl') || (f.source === 'partner' && f.field === 'website');

/**
 * A field as this form shows it: its table row, named as the form names it ("(partner)", "(optional)") with the
 * readiness rule as its hint. None is marked "(required)": the form asks only for what is missing.
 */
const specOf = (f: MissingFormField): FieldSpec => {
  const { required: _required, ...row }: FieldSpec =
    f.source === 'account' ? practiceFieldTable[f.field] : partnerFieldTable[f.field];
  return { ...row, label: formLabel(f), input: { ...(row.input ?? { control: 'text' }), hint: f.rule } };
};

/**
 * One field of the Missing Business Info form, generated from its field table row: the state picker for a state,
 * else a text box with its rule as the hint; a website also gets its pre-flight warnings and reachability check
 * (and, when optional, what blank means).
 */
export function MissingInfoField({
  control,
  field: f,
  value,
  error,
  onChange,
  preflight,
  check,
  onCheck,
  partnerWebsite,
}: {
  control: Control<MissingFormValues>;
  field: MissingFormField;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  preflight: WebsitePreflight | null;
  check: WebsiteCheckState | undefined;
  onCheck: () => void;
  partnerWebsite: string | null;
}) {
  const blankOptional = isOptionalField(f) && value.trim() === '' && partnerWebsite;
  const warnings = [
    ...(preflight?.warnings ?? []),
    ...(blankOptional ? [inheritedWebsiteWarning(partnerWebsite)] : []),
  ];
  const extras: FieldExtras =
    f.field === 'state'
      ? { options: stateOptionsFor(value), placeholder: 'Choose a state or territory' }
      : preflight
        ? { after: <WebsiteCheckNote warnings={warnings} check={check} /> }
        : {};
  return (
    <FormField
      control={control}
      name={fieldKey(f)}
      spec={specOf(f)}
      id={missingInputId(f)}
      error={error}
      extras={extras}
      onChange={(v) => onChange(String(v))}
      // Leaving the website checks that it answers, unless the person is pressing Save, which checks it anyway
      // (a check starting under their pointer would move the button before the click lands).
      {...(preflight ? { onTouched: (next) => (isSubmitButton(next) ? undefined : onCheck()) } : {})}
    />
  );
}
