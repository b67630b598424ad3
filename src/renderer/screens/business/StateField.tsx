import { useId } from 'react';
import { isUsStateCode, normalizeUsState } from '../../../shared/domain/us-states';
import { stateOptions } from '../../components/form/state-options';
import { FieldNote } from './TextField';

export { stateOptions };

/**
 * The state or territory picker of both business forms. A stored value that is a code in another case ("oh") or
 * a name ("Ohio") shows as that code; any other stored value stays visible as its own option, marked not valid,
 * so nothing Updox holds is hidden.
 */
export function StateField({
  id: givenId,
  label,
  value,
  onChange,
  hint,
  error,
  name,
}: {
  id?: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  name?: string;
}) {
  const generated = useId();
  const id = givenId ?? generated;
  const normalized = normalizeUsState(value);
  const selected = isUsStateCode(normalized) ? normalized : value;
  const unknown = selected !== '' && !isUsStateCode(selected);
  const shownHint = error ? undefined : hint;
  const described = [shownHint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={selected}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      >
        <option value="">Choose a state or territory</option>
        {unknown ? <option value={selected}>{`${selected} (not a US state or territory)`}</option> : null}
        {stateOptions.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldNote id={id} hint={shownHint} error={error} />
    </div>
  );
}
