import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { WizardDraftData } from '../../../shared/contract/onboarding';
import type { FieldProblems } from '../../../shared/domain/field-problems';
import type { useAutosave } from './use-autosave';
import { problemsOfStep, type WizardStepNumber } from './wizard-model';

/**
 * Moving between steps: Back, Next (only when the step has no problem), a step button, Enter in a text field as
 * Next, and focus on the new step's heading after each move (keyboard and screen-reader users start there).
 */
export function useStepNavigation({
  data,
  setData,
  locked,
  autosave,
  problems,
  attempt,
}: {
  data: WizardDraftData;
  setData: (data: WizardDraftData) => void;
  locked: boolean;
  autosave: ReturnType<typeof useAutosave>;
  /** Every problem of the draft now, by path. */
  problems: FieldProblems;
  /** Called when Next is tried on a step (its problems are then shown). */
  attempt: (step: number) => void;
}) {
  const step = data.step as WizardStepNumber;
  // A resumed draft was left on `step`: the steps up to it were seen then. An edit starts from what Updox holds
  // (its baseline): every step's values are Updox's, so each is judged by them, seen or not.
  const [visited, setVisited] = useState<ReadonlySet<number>>(
    () => new Set(Array.from({ length: data.baseline ? 7 : step }, (_, i) => i + 1)),
  );
  const stepMoved = useRef(false);

  const goTo = (target: WizardStepNumber) => {
    stepMoved.current = true;
    setVisited((v) => new Set(v).add(target));
    const next = { ...data, step: target };
    setData(next);
    if (!locked) autosave.schedule(next);
    void autosave.flush();
  };

  useEffect(() => {
    if (!stepMoved.current) return;
    stepMoved.current = false;
    document.getElementById('wizard-step-title')?.focus();
  }, [step]);

  const next = () => {
    attempt(step);
    if (Object.keys(problemsOfStep(problems, step)).length > 0) {
      window.setTimeout(
        () => document.querySelector<HTMLElement>('.wizard__body [aria-invalid="true"]')?.focus(),
        0,
      );
      return;
    }
    goTo(Math.min(7, step + 1) as WizardStepNumber);
  };

  // Enter in a text field acts as Next (the form never submits by itself).
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    const target = e.target as HTMLElement;
    if (e.key !== 'Enter' || step === 7 || !(target instanceof HTMLInputElement)) return;
    if (['checkbox', 'radio', 'button', 'submit'].includes(target.type)) return;
    e.preventDefault();
    void autosave.flush();
    next();
  };

  return { step, visited, goTo, next, onKeyDown };
}
