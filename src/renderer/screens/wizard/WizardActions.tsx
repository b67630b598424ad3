import type { WizardStepNumber } from './wizard-model';

/** The buttons under each step: Back, Next, Save draft, and Review (or, on step 7, the one send action). */
export function WizardActions({
  step,
  kind,
  locked,
  busy,
  blocked,
  sendDisabled,
  onGo,
  onNext,
  onSaveDraft,
  onSend,
}: {
  step: WizardStepNumber;
  kind: 'create' | 'update';
  /** Queued or synced: nothing can change. */
  locked: boolean;
  busy: boolean;
  /** Known conflicts block sending (described by #wizard-conflicts). */
  blocked: boolean;
  /** Any other reason the send action is unavailable (e.g. deactivation not confirmed). */
  sendDisabled: boolean;
  onGo: (step: WizardStepNumber) => void;
  onNext: () => void;
  onSaveDraft: () => void;
  onSend: () => void;
}) {
  return (
    <div className="wizard__actions">
      <button
        type="button"
        className="button"
        disabled={step === 1}
        onClick={() => onGo((step - 1) as WizardStepNumber)}
      >
        Back
      </button>
      {step < 7 ? (
        <button type="button" className="button button--primary" onClick={onNext}>
          Next
        </button>
      ) : null}
      <button type="button" className="button" disabled={locked} onClick={onSaveDraft}>
        Save draft
      </button>
      {step < 7 ? (
        <button type="button" className="button" onClick={() => onGo(7)}>
          Review
        </button>
      ) : (
        <button
          type="button"
          className="button button--primary"
          disabled={locked || busy || blocked || sendDisabled}
          aria-describedby={blocked ? 'wizard-conflicts' : undefined}
          onClick={onSend}
        >
          {busy ? 'Sending…' : kind === 'update' ? 'Save changes' : 'Create practice'}
        </button>
      )}
    </div>
  );
}
