import { practiceFieldTable } from './fields/practice-fields';
import { formatUsPhone } from './field-rules/phone';
import { formatZip } from './field-rules/zip';
import { timeZoneLabel } from './time-zones';
import { usStateName } from './us-states';

/** How a stored practice value is shown to a person (the field's `display`): phones formatted, yes/no, "(blank)". */
export const formatPracticeValue = (
  field: keyof typeof practiceFieldTable,
  value: string | boolean,
): string => {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (value === '') return '(blank)';
  switch (practiceFieldTable[field].display) {
    case 'phone':
      return formatUsPhone(value);
    case 'zip':
      return formatZip(value);
    case 'timeZone':
      return timeZoneLabel(value);
    case 'state': {
      const name = usStateName(value);
      return name ? `${value} (${name})` : value;
    }
    default:
      return value;
  }
};
