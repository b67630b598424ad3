import { formatUsPhone } from '../../../shared/domain/field-rules/phone';
import { formatZip } from '../../../shared/domain/field-rules/zip';

/**
 * How a stored value is shown in its input: a phone or ZIP held as bare digits (as Updox returns them, e.g. on an
 * Edit) is shown formatted. What the person types is kept as typed; main stores digits when it sends.
 */
export const displayPhone = (value: string): string =>
  /^\d{10}$/.test(value) ? formatUsPhone(value) : value;

export const displayZip = (value: string): string => formatZip(value);
