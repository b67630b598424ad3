import type { PracticeField } from './labels';
import { formatUsPhone } from './field-rules/phone';
import { formatZip } from './field-rules/zip';
import { timeZoneLabel } from './time-zones';
import { usStateName } from './us-states';

/** How a stored practice value is shown to a person: phones formatted, yes/no, time zone words, "(blank)". */
export const formatPracticeValue = (field: PracticeField, value: string | boolean): string => {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (value === '') return '(blank)';
  switch (field) {
    case 'phone':
    case 'fax':
      return formatUsPhone(value);
    case 'postal':
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
