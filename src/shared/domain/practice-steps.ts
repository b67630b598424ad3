import { fieldProblem, type FieldProblems } from './field-problems';
import type { PracticeField } from './labels';
import { practiceTypedShape } from './practice';

export type PracticeStepNumber = 1 | 2 | 3 | 4;

export interface PracticeStep {
  readonly step: PracticeStepNumber;
  readonly id: 'practice' | 'address' | 'portal' | 'websites';
  readonly title: string;
  readonly fields: readonly PracticeField[];
}

/** The new-practice wizard, one step per screen. */
export const practiceSteps: readonly PracticeStep[] = [
  { step: 1, id: 'practice', title: 'Practice', fields: ['name', 'accountId'] },
  {
    step: 2,
    id: 'address',
    title: 'Address and contact',
    fields: ['address1', 'address2', 'city', 'state', 'postal', 'countryCode', 'phone', 'fax'],
  },
  {
    step: 3,
    id: 'portal',
    title: 'Portal and settings',
    fields: ['timeZone', 'websiteAddress', 'directAddress', 'active'],
  },
  { step: 4, id: 'websites', title: 'Websites', fields: ['websiteUrl', 'alternativeWebsiteUrl'] },
];

export type PracticeStepId = PracticeStep['id'];

export const findPracticeStep = (step: PracticeStepNumber | PracticeStepId): PracticeStep => {
  const found = practiceSteps.find((s) => s.step === step || s.id === step);
  if (!found) throw new RangeError(`No practice wizard step ${String(step)}`);
  return found;
};

/** The step a field is on (for Review's Edit links and for server-side problems). */
export const stepOfPracticeField = (field: PracticeField): PracticeStep =>
  practiceSteps.find((s) => s.fields.includes(field)) ?? practiceSteps[0]!;

/** The problems of one step's fields, as typed: {field: message}; empty when Next may go on. */
export const validateStep = (
  step: PracticeStepNumber | PracticeStepId,
  values: Readonly<Record<string, unknown>>,
): FieldProblems => {
  const problems: FieldProblems = {};
  for (const field of findPracticeStep(step).fields) {
    const message = fieldProblem(practiceTypedShape[field], values[field]);
    if (message !== null) problems[field] = message;
  }
  return problems;
};

/** Every step with problems, for the step list ("with problems"). */
export const stepsWithProblems = (values: Readonly<Record<string, unknown>>): PracticeStepNumber[] =>
  practiceSteps.filter((s) => Object.keys(validateStep(s.step, values)).length > 0).map((s) => s.step);
