import type { FocusEvent, ReactNode } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import type { FieldSpec } from '../../../shared/domain/fields/field-spec';
import { displayPhone, displayZip } from './display-values';
import { CheckField, SelectField, TextField } from './FieldControls';
import { shownState } from './state-options';

export interface FieldOption {
  readonly value: string;
  readonly label: string;
}

/** What a screen adds to a field the table cannot say: live hints, choices, what a change also does. */
export interface FieldExtras {
  /** Replaces the table's hint (a preview, an availability note). */
  readonly hint?: ReactNode;
  readonly options?: readonly FieldOption[];
  readonly placeholder?: string;
  /** Shown right after the field (a note about its value). */
  readonly after?: ReactNode;
  /** Instead of the plain change (a change that also suggests another field). */
  readonly onValue?: (value: string) => void;
}

/**
 * How a stored value shows in its input: phones and ZIPs held as bare digits are shown formatted, a state in
 * another case or by name as its code.
 */
const shownValue = (spec: FieldSpec, value: string): string =>
  spec.display === 'phone'
    ? displayPhone(value)
    : spec.display === 'zip'
      ? displayZip(value)
      : spec.display === 'state'
        ? shownState(value)
        : value;

/**
 * THE field of every form: one row of a field table, bound to react-hook-form (whose zod resolver checks it with
 * the table's rule). Every keystroke goes to the form and to `onChange` (the draft and its autosave); leaving the
 * field calls `onTouched`. The error shown is the screen's (`error`, when the screen decides when to show), or
 * the resolver's once the field was left.
 */
export function FormField<V extends FieldValues>(props: {
  control: Control<V>;
  name: FieldPath<V>;
  spec: FieldSpec;
  id: string;
  error?: string | undefined;
  extras?: FieldExtras | undefined;
  onChange: (value: string | boolean) => void;
  /** The field was left; `next` is what took the focus (a Save button, another field), when known. */
  onTouched?: (next: EventTarget | null) => void;
}) {
  const { spec, id, extras } = props;
  const { field, fieldState } = useController({ control: props.control, name: props.name });
  const error = props.error ?? (fieldState.isTouched ? fieldState.error?.message : undefined);
  // The table's hint is the rule: once an error says it, the hint goes (the two never repeat each other). A
  // screen's own hint (a preview, an availability note) stays.
  const hint = extras?.hint ?? (error ? undefined : spec.input?.hint);
  const onBlur = (e: FocusEvent<HTMLElement>) => {
    field.onBlur();
    props.onTouched?.(e.relatedTarget);
  };
  const change = (value: string | boolean) => {
    field.onChange(value);
    if (typeof value === 'string' && extras?.onValue) extras.onValue(value);
    else props.onChange(value);
  };
  const common = { id, label: spec.label, error, hint, onBlur };
  const control = spec.input?.control ?? 'text';
  const input =
    control === 'check' ? (
      <CheckField {...common} checked={field.value === true} onChange={change} />
    ) : control === 'select' ? (
      <SelectField
        {...common}
        value={shownValue(spec, String(field.value ?? ''))}
        options={extras?.options ?? []}
        {...(extras?.placeholder === undefined ? {} : { placeholder: extras.placeholder })}
        onChange={change}
      />
    ) : (
      <TextField
        {...common}
        required={spec.required === true}
        value={shownValue(spec, String(field.value ?? ''))}
        {...(spec.input?.type === undefined ? {} : { type: spec.input.type })}
        {...(spec.input?.type === 'password' ? { autoComplete: 'new-password' } : {})}
        {...(spec.input?.inputMode === undefined ? {} : { inputMode: spec.input.inputMode })}
        onChange={change}
      />
    );
  return (
    <>
      {input}
      {extras?.after ?? null}
    </>
  );
}
