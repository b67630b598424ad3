import type { WizardDraftData } from '../../../shared/contract/onboarding';
import type { FieldProblems } from '../../../shared/domain/field-problems';
import { stepOfPath, wizardSteps, type WizardStepNumber } from './wizard-model';

export type StepState = 'current' | 'problems' | 'done' | 'todo';

export interface StepStateInput {
  current: WizardStepNumber;
  /** Every problem of the draft now (field rules and known conflicts), by path. */
  problems: FieldProblems;
  /** The paths whose problems are shown (touched, tried Next on its step, named by Updox, or a conflict). */
  shown: (path: string) => boolean;
  /** Steps the person has opened (a resumed draft counts every step up to the one it was left on). */
  visited: ReadonlySet<number>;
  synced: boolean;
}

/**
 * Each step's mark: done only when the step was visited and has no problem (never ticked unseen); a step with
 * problems is marked once they are shown, otherwise it is not started. Once Updox holds the record (synced) every
 * step is done: what it accepted has no problem left, whatever the form now lacks (e.g. passwords, forgotten once
 * sent).
 */
export const stepStates = (input: StepStateInput): Record<WizardStepNumber, StepState> => {
  const withProblems = new Set<number>();
  const shownProblems = new Set<number>();
  for (const path of Object.keys(input.problems)) {
    const step = stepOfPath(path);
    withProblems.add(step);
    if (input.shown(path)) shownProblems.add(step);
  }
  const out = {} as Record<WizardStepNumber, StepState>;
  for (const { step } of wizardSteps) {
    if (step === input.current) out[step] = 'current';
    else if (input.synced) out[step] = 'done';
    else if (shownProblems.has(step)) out[step] = 'problems';
    else if (step === 7) out[step] = input.synced ? 'done' : 'todo';
    else if (withProblems.has(step)) out[step] = 'todo';
    else out[step] = input.visited.has(step) ? 'done' : 'todo';
  }
  return out;
};

/** The value at a problem path (practice.<field>, locations.<i>.<field>, users.<i>.<field>), or undefined. */
export const valueAt = (data: WizardDraftData, path: string): unknown => {
  const [head, a, b] = path.split('.');
  if (head === 'practice' && a !== undefined) return (data.practice as Record<string, unknown>)[a];
  if ((head === 'locations' || head === 'users') && a !== undefined) {
    const row = (data[head] as readonly Record<string, unknown>[])[Number(a)];
    return b === undefined ? row : row?.[b];
  }
  return undefined;
};

/** Whether any of these paths holds a different value in `after` than in `before`. */
export const changedAt = (before: WizardDraftData, after: WizardDraftData, paths: readonly string[]) =>
  paths.some((p) => valueAt(before, p) !== valueAt(after, p));
