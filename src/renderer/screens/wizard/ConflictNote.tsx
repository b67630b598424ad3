import type { FieldProblems } from '../../../shared/domain/field-problems';

const fieldWords: Record<string, { id: string; action: string }> = {
  'practice.accountId': { id: 'practice-accountId', action: 'Change account ID' },
  'practice.websiteAddress': { id: 'practice-websiteAddress', action: 'Change portal web address' },
};

/** The input id of a problem path (practice.<field> -> practice-<field>; rows by their position are not mapped). */
export const fieldIdOf = (path: string): string => fieldWords[path]?.id ?? path.replace(/\./g, '-');

/** The action that fixes a field, in words ("Change account ID"). */
export const fixWordsOf = (path: string): string => fieldWords[path]?.action ?? 'Change it';

/** Why Create practice is disabled: each known conflict, with a button that goes to its field. */
export function ConflictNote({
  id,
  problems,
  onFix,
}: {
  id: string;
  problems: FieldProblems;
  onFix: (path: string) => void;
}) {
  return (
    <div className="note note--error wizard__conflicts" id={id} data-testid="wizard-conflicts">
      <p>
        <strong>Not ready to create:</strong> another practice in Updox already uses what is below.
      </p>
      <ul>
        {Object.entries(problems).map(([path, message]) => (
          <li key={path}>
            {message}{' '}
            <button type="button" className="button wizard__edit" onClick={() => onFix(path)}>
              {fixWordsOf(path)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
