import { useId, type ReactNode } from 'react';

/** One labelled text input with its rule, its error (naming the field) and any warnings. */
export function TextField({
  label,
  value,
  onChange,
  onBlur,
  hint,
  error,
  children,
  type = 'text',
  autoComplete,
  name,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  hint?: string;
  error?: string | undefined;
  children?: ReactNode;
  type?: 'text' | 'email' | 'tel' | 'url';
  autoComplete?: string;
  name?: string;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        autoComplete={autoComplete ?? 'off'}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {hint ? (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field__error">
          {error}
        </span>
      ) : null}
      {children}
    </div>
  );
}
