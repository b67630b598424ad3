import type { FocusEvent, ReactNode } from 'react';

interface Common {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
}

const describedBy = (id: string, error?: string, hint?: ReactNode) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

function FieldNotes({ id, error, hint }: Pick<Common, 'id' | 'error' | 'hint'>) {
  return (
    <>
      {hint ? (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <span className="field__error" id={`${id}-error`} aria-live="polite">
        {error ?? ''}
      </span>
    </>
  );
}

export function TextField(
  props: Common & {
    value: string;
    onChange: (value: string) => void;
    onBlur?: (e: FocusEvent<HTMLElement>) => void;
    type?: 'text' | 'password' | 'email' | 'tel' | 'url';
    autoComplete?: string;
    inputMode?: 'text' | 'numeric' | 'tel' | 'email' | 'url';
  },
) {
  const { id, label, error, hint } = props;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {props.required ? <span className="wizard__required"> (required)</span> : null}
      </label>
      <input
        id={id}
        name={id}
        type={props.type ?? 'text'}
        value={props.value}
        autoComplete={props.autoComplete ?? 'off'}
        inputMode={props.inputMode}
        aria-invalid={error ? true : undefined}
        aria-required={props.required ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={props.onBlur}
      />
      <FieldNotes id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField(
  props: Common & {
    value: string;
    onChange: (value: string) => void;
    onBlur?: (e: FocusEvent<HTMLElement>) => void;
    options: readonly { value: string; label: string }[];
    placeholder?: string;
  },
) {
  const { id, label, error, hint } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={props.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={props.onBlur}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} error={error} hint={hint} />
    </div>
  );
}

export function CheckField(
  props: Common & {
    checked: boolean;
    onChange: (checked: boolean) => void;
    onBlur?: (e: FocusEvent<HTMLElement>) => void;
  },
) {
  const { id, label, error, hint } = props;
  return (
    <div className="field field--check">
      <label htmlFor={id} className="wizard__check">
        <input
          id={id}
          type="checkbox"
          checked={props.checked}
          aria-describedby={describedBy(id, error, hint)}
          onChange={(e) => props.onChange(e.target.checked)}
          onBlur={props.onBlur}
        />
        {label}
      </label>
      <FieldNotes id={id} error={error} hint={hint} />
    </div>
  );
}
