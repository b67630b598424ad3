import { wizardSteps, type WizardStepNumber } from './wizard-model';

/** The steps on the side: done, current, or with problems. Each is a button (keyboard reachable). */
export function StepList(props: {
  current: WizardStepNumber;
  visited: ReadonlySet<number>;
  withProblems: ReadonlySet<number>;
  onGo: (step: WizardStepNumber) => void;
}) {
  return (
    <nav aria-label="Wizard steps" className="wizard__steps">
      <ol>
        {wizardSteps.map(({ step, title }) => {
          const state =
            step === props.current
              ? 'current'
              : props.withProblems.has(step)
                ? 'problems'
                : props.visited.has(step)
                  ? 'done'
                  : 'todo';
          const words = {
            current: 'current step',
            problems: 'has problems',
            done: 'done',
            todo: 'not started',
          }[state];
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
                <span className="visually-hidden"> ({words})</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
