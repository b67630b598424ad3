import { useEffect } from 'react';
import { fieldIdOf } from './ConflictNote';
import { focusSoon } from './focus';
import type { useAutosave } from './use-autosave';
import type { useSubmission } from './use-submission';
import type { WizardProblems } from './use-wizard-problems';
import { stepOfPath, type WizardStepNumber } from './wizard-model';

/**
 * Sending the draft and showing the outcome: the draft is flushed and sent; the fields Updox named are shown on
 * their step (the first such step is opened); the outcome is brought into view and focused.
 */
export function useWizardSubmit({
  autosave,
  sub,
  problems,
  goTo,
  confirmDeactivate,
}: {
  autosave: ReturnType<typeof useAutosave>;
  sub: ReturnType<typeof useSubmission>;
  problems: WizardProblems;
  goTo: (step: WizardStepNumber) => void;
  confirmDeactivate: boolean;
}) {
  // A submission's outcome is shown at the top: bring it into view when it changes.
  const outcome = sub.submission?.state;
  useEffect(() => {
    if (outcome) document.querySelector('[data-testid="submission"]')?.scrollIntoView({ block: 'start' });
  }, [outcome]);

  /** Go to the step of a field and put the cursor in it (from a conflict or a failure banner). */
  const fixField = (path: string) => {
    goTo(stepOfPath(path));
    window.setTimeout(() => focusSoon(`#${fieldIdOf(path)}`), 0);
  };

  const submit = async () => {
    await autosave.flush();
    problems.attemptAll();
    const result = await sub.submit(confirmDeactivate);
    const fields = result.error?.fields ?? result.submission?.item.lastError?.fields;
    if (fields && Object.keys(fields).some((k) => k.includes('.') || k === 'users')) {
      problems.setServerProblems(fields);
      const first = Object.keys(fields).map(stepOfPath).sort()[0];
      if (first !== undefined && first !== 7) goTo(first);
    }
    // The outcome is announced and focused (after any step change above has rendered).
    window.setTimeout(() => focusSoon('[data-testid="submission"], [data-testid="submit-error"]'), 0);
  };

  return { submit, fixField };
}
