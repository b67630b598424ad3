import { useId, type ReactNode } from 'react';

/**
 * One labelled text input with its rule, its error (naming the field) and any warnings. The rule shows as the hint
 * until there is an error; then only the error shows (it says the rule again, so the two never repeat each other).
 */
export function TextField({
  id: givenId,
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
  id?: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  hint?: string | undefined;
  error?: string | undefined;
  children?: ReactNode;
  type?: 'text' | 'email' | 'tel' | 'url';
  autoComplete?: string;
  name?: string;
}) {
  const generated = useId();
  const id = givenId ?? generated;
  const shownHint = error ? undefined : hint;
  const described = [shownHint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
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
      <FieldNote id={id} hint={shownHint} error={error} />
      {children}
    </div>
  );
}

/** The hint or, when there is one, the error under a field. */
export function FieldNote({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  if (error) {
    return (
      <span id={`${id}-error`} className="field__error">
        {error}
      </span>
    );
  }
  return hint ? (
    <span id={`${id}-hint`} className="field__hint">
      {hint}
    </span>
  ) : null;
}
