import { type UpdoxFieldSubject, updoxFieldLabel } from '../../shared/updox/field-labels';

export interface ParsedValidation {
  /** Problems keyed by app field name, in words ("ZIP code must be 5 or 9 digits"). */
  fields: Record<string, string>;
  message: string;
}

export interface FieldNaming {
  /** Wire field names that differ from the app's; the rest keep their name. */
  wireToApp: Readonly<Record<string, string>>;
  subject: UpdoxFieldSubject;
}

const segmentPattern = /^([A-Za-z_][\w.[\]-]*)\s*:\s*(\S.*)$/s;

/**
 * Reads an Updox 4060 responseMessage of the form "<wireField>: <rule>; <wireField>: <rule>" into problems keyed
 * by the app field name. Returns undefined when the message does not have that form (the caller then shows it whole).
 */
export function parseValidationMessage(
  updoxMessage: string,
  naming: FieldNaming,
): ParsedValidation | undefined {
  const segments = updoxMessage
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (segments.length === 0) return undefined;
  const fields: Record<string, string> = {};
  const problems: string[] = [];
  for (const segment of segments) {
    const match = segmentPattern.exec(segment);
    if (!match) return undefined;
    const [, wireField = '', rule = ''] = match;
    const field = Object.hasOwn(naming.wireToApp, wireField)
      ? (naming.wireToApp[wireField] ?? wireField)
      : wireField;
    const words = `${updoxFieldLabel(field, naming.subject)} ${rule.trim().replace(/\.$/, '')}`;
    fields[field] = fields[field] === undefined ? words : `${fields[field]}; ${words}`;
    problems.push(words);
  }
  const which = problems.length === 1 ? 'this field' : 'these fields';
  return {
    fields,
    message: `Updox did not accept the request: ${problems.join('; ')}. Fix ${which} and try again.`,
  };
}
