import {
  checkWizardRecord,
  type DraftLocation,
  type DraftUser,
  type WizardDraftData,
} from '../../../shared/contract/onboarding';
import { practiceFieldTable } from '../../../shared/domain/fields/practice-fields';
import type { FieldProblems } from '../../../shared/domain/field-problems';
import { emptyPractice } from '../../../shared/domain/practice';
import { defaultLocation, emptyLocation } from '../../../shared/domain/location';

export const wizardSteps = [
  { step: 1, title: 'Practice' },
  { step: 2, title: 'Address and contact' },
  { step: 3, title: 'Portal and settings' },
  { step: 4, title: 'Websites' },
  { step: 5, title: 'Locations' },
  { step: 6, title: 'Users' },
  { step: 7, title: 'Review' },
] as const;

export type WizardStepNumber = (typeof wizardSteps)[number]['step'];

const isWizardStep = (step: number | null): step is WizardStepNumber =>
  wizardSteps.some((s) => s.step === step);

/** The wizard step of a practice field (from the practice field table); step 1 when no step asks for it. */
const practiceStepOf = (field: string): WizardStepNumber => {
  const step = Object.hasOwn(practiceFieldTable, field)
    ? practiceFieldTable[field as keyof typeof practiceFieldTable].step
    : null;
  return isWizardStep(step) ? step : 1;
};

/** The step a problem path belongs to: practice.<field>, locations.<i>.<field>, users[.<i>.<field>]. */
export const stepOfPath = (path: string): WizardStepNumber => {
  const [head, field] = path.split('.');
  if (head === 'locations') return 5;
  if (head === 'users') return 6;
  if (head === 'practice') return practiceStepOf(field ?? '');
  return 7;
};

export const newKey = (): string => Math.random().toString(36).slice(2, 10);

export const emptyLocationRow = (): DraftLocation => ({ key: newKey(), fixed: false, ...emptyLocation() });

export const emptyUserRow = (): DraftUser => ({
  key: newKey(),
  userId: '',
  loginId: '',
  firstName: '',
  lastName: '',
  provider: false,
  admin: true,
  active: true,
});

export const newDraftData = (): WizardDraftData => {
  const p = emptyPractice();
  return {
    submitMode: 'create',
    step: 1,
    practice: { ...p },
    locations: [{ key: 'default', fixed: true, ...defaultLocation() }],
    users: [emptyUserRow()],
    baseline: null,
  };
};

/** A password that passes the rule: stands in for one sealed in main (only main can check that one). */
const SAVED_PASSWORD_STAND_IN = 'Saved-in-vault-1';

/** Every problem of the draft, by path, with the same check main runs before sending. */
export const problemsOf = (
  data: WizardDraftData,
  typedPasswords: Readonly<Record<string, string>>,
  savedPasswords: readonly string[],
): FieldProblems => {
  const checked = checkWizardRecord(data, (key) => {
    const typed = typedPasswords[key];
    if (typed !== undefined && typed !== '') return typed;
    return savedPasswords.includes(key) ? SAVED_PASSWORD_STAND_IN : '';
  });
  return checked.ok ? {} : checked.problems;
};

export const problemsOfStep = (problems: FieldProblems, step: WizardStepNumber): FieldProblems =>
  Object.fromEntries(Object.entries(problems).filter(([path]) => stepOfPath(path) === step));
