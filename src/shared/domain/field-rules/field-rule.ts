/**
 * A field rule: how a value typed by a person becomes the stored value, and what is wrong with a stored value.
 * Every message names the field by its label and says the rule.
 */
export interface FieldRule {
  readonly label: string;
  readonly required: boolean;
  /** What a person typed -> the stored form. Idempotent. What it cannot read comes back trimmed, for the message. */
  normalize(raw: string): string;
  /** null when the stored value is acceptable, else a message naming the field and the rule. */
  problem(stored: string): string | null;
}

export interface RuleSpec {
  readonly label: string;
  readonly required?: boolean;
  readonly normalize?: (raw: string) => string;
  readonly isValid: (stored: string) => boolean;
  /** The rule, worded to follow the label: "must be 5 or 9 digits (for example 43017 or 43017-1234)". */
  readonly mustBe: string;
}

const requiredMessage = (label: string): string => `${label} is required.`;

export const isBlank = (value: string | null | undefined): boolean => (value ?? '').trim() === '';

const trim = (raw: string): string => raw.trim();

export const defineRule = (spec: RuleSpec): FieldRule => {
  const required = spec.required ?? false;
  return {
    label: spec.label,
    required,
    normalize: spec.normalize ?? trim,
    problem(stored) {
      if (stored === '') return required ? requiredMessage(spec.label) : null;
      if (required && isBlank(stored)) return requiredMessage(spec.label);
      return spec.isValid(stored) ? null : `${spec.label} ${spec.mustBe}.`;
    },
  };
};

const FREE_TEXT_MAX = 200;

/** Names, address lines, cities: anything up to 200 characters; required ones must not be blank. */
export const freeTextRule = (label: string, required = false, max = FREE_TEXT_MAX): FieldRule =>
  defineRule({
    label,
    required,
    isValid: (v) => v.length <= max,
    mustBe: `must be at most ${max} characters`,
  });
