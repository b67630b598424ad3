import type { z } from 'zod';
import { defineRule } from './field-rules/field-rule';
import { isValidUsPhone, normalizeUsPhone } from './field-rules/phone';
import { typedText } from './field-rules/zod-fields';

/**
 * "Send to": a US mobile number, 10 digits with a valid North American area code. Typed in any common form
 * ("(406) 555-0120", "406.555.0120", "+1 406 555 0120"); stored as 10 digits. Messages never repeat the number.
 */
export const sendToRule = defineRule({
  label: 'Send to',
  required: true,
  normalize: normalizeUsPhone,
  isValid: isValidUsPhone,
  mustBe: 'must be a 10-digit US mobile number with a valid area code (for example (406) 555-0120)',
});

export const sendToSchema = typedText(sendToRule);

/** The message for what was typed in "Send to", or null when it is a usable number. */
export const sendToProblem = (raw: string): string | null => sendToRule.problem(sendToRule.normalize(raw));

export const isUsMobileNumber = (digits: string): boolean => isValidUsPhone(digits);

export type SendTo = z.output<typeof sendToSchema>;
