import type { StepState } from './step-states';
import { wizardSteps, type WizardStepNumber } from './wizard-model';

const words: Record<StepState, string> = {
  current: 'current step',
  problems: 'has problems',
  done: 'done',
  todo: 'not started',
};

/** The steps on the side: done, current, or with problems (from the values). Each is a button. */
export function StepList(props: {
  current: WizardStepNumber;
  marks: Record<WizardStepNumber, StepState>;
  onGo: (step: WizardStepNumber) => void;
}) {
  return (
    <nav aria-label="Wizard steps" className="wizard__steps">
      <ol>
        {wizardSteps.map(({ step, title }) => {
          const state = props.marks[step];
          return (
            <li key={step} data-state={state}>
              <button
                type="button"
                className="wizard__step"
                aria-current={state === 'current' ? 'step' : undefined}
                onClick={() => props.onGo(step)}
                data-testid={`step-${step}`}
              >
                <span className="wizard__step-mark" aria-hidden="true">
                  {state === 'done' ? '✓' : state === 'problems' ? '!' : step}
                </span>
                {title}
                <span className="visually-hidden"> ({words[state]})</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
