import type { WebsiteCheckState } from './WebsiteCheckNote';
import { WebsiteCheckNote } from './WebsiteCheckNote';
import {
  formLabel,
  isOptionalField,
  missingInputId,
  fieldKey,
  type MissingFormField,
} from './missing-fields';
import { inheritedWebsiteWarning } from './missing-fields';
import { StateField } from './StateField';
import { TextField } from './TextField';
import type { WebsitePreflight } from './website-preflight';

export const isWebsiteField = (f: MissingFormField) =>
  (f.source === 'account' && f.field === 'websiteUrl') || (f.source === 'partner' && f.field === 'website');

const inputType = (f: MissingFormField): 'text' | 'email' | 'tel' | 'url' =>
  isWebsiteField(f)
    ? 'url'
    : f.field === 'contactEmail'
      ? 'email'
      : f.field === 'contactPhone'
        ? 'tel'
        : 'text';

/**
 * One field of the Missing Business Info form: the state picker for a state, else a text box with its rule as the
 * hint; a website also gets its pre-flight warnings and reachability check (and, when optional, what blank means).
 */
export function MissingInfoField({
  field: f,
  value,
  error,
  onChange,
  preflight,
  check,
  onCheck,
  partnerWebsite,
}: {
  field: MissingFormField;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  preflight: WebsitePreflight | null;
  check: WebsiteCheckState | undefined;
  onCheck: () => void;
  partnerWebsite: string | null;
}) {
  const common = { id: missingInputId(f), name: fieldKey(f), label: formLabel(f), value, error, onChange };
  if (f.field === 'state') return <StateField {...common} />;
  const blankOptional = isOptionalField(f) && value.trim() === '' && partnerWebsite;
  const warnings = [
    ...(preflight?.warnings ?? []),
    ...(blankOptional ? [inheritedWebsiteWarning(partnerWebsite)] : []),
  ];
  return (
    <TextField {...common} type={inputType(f)} hint={f.rule} {...(preflight ? { onBlur: onCheck } : {})}>
      {preflight ? <WebsiteCheckNote warnings={warnings} check={check} /> : null}
    </TextField>
  );
}
