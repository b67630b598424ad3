import { useEffect, useState, type ReactNode } from 'react';
import type { DraftView, WizardDraftData } from '../../../shared/contract/onboarding';
import { ErrorNote } from '../../components/ErrorNote';
import { Screen } from '../../components/Screen';
import { ConflictNote } from './ConflictNote';
import { StepBody } from './StepBody';
import { StepList } from './StepList';
import { stepStates } from './step-states';
import { SubmissionPanel } from './SubmissionPanel';
import { useAutosave } from './use-autosave';
import { useReview } from './use-review';
import { useStepNavigation } from './use-step-navigation';
import { useStepProps } from './use-step-props';
import { useSubmission } from './use-submission';
import { useWizardProblems } from './use-wizard-problems';
import { useWizardSubmit } from './use-wizard-submit';
import { WizardActions } from './WizardActions';
import { WizardStatus } from './WizardStatus';
import { wizardSteps, type WizardStepNumber } from './wizard-model';
import './wizard.css';

/** The onboarding wizard over one draft: one step per screen, autosaved, validated as the person goes. */
export function Wizard({
  draft,
  onFirstSave,
  onReload,
  notice,
}: {
  draft: DraftView;
  onFirstSave?: () => void;
  onReload: () => void;
  /** Shown above the steps (e.g. an unfinished practice to resume). */
  notice?: ReactNode;
}) {
  const [data, setData] = useState<WizardDraftData>(draft.data);
  const [passwords, setPasswords] = useState<Record<string, string>>({});
  const [draftSavedNote, setDraftSavedNote] = useState(false);
  const [confirmDeactivate, setConfirmDeactivate] = useState(false);
  const autosave = useAutosave({
    id: draft.id,
    kind: draft.kind,
    accountId: draft.accountId,
    environmentId: draft.environmentId,
  });
  const sub = useSubmission(draft.id, draft.submission);
  const locked = sub.submission?.state === 'queued' || sub.submission?.state === 'synced';
  const synced = sub.submission?.state === 'synced';

  const problems = useWizardProblems(draft, data, passwords);
  const review = useReview(draft.id, data.step, autosave);
  // What main found on Review (e.g. a weak password sealed in the vault, which only main can read) is shown like
  // what Updox names: under the field, in the step list and in Review's list, until the field is changed.
  const { setServerProblems, allProblems } = problems;
  useEffect(() => {
    if (!review) return;
    // Only what the renderer cannot see itself; the rest it already says, in its own words.
    const onlyMain = Object.entries(review.problems).filter(([path]) => !(path in allProblems));
    if (onlyMain.length > 0) setServerProblems((p) => ({ ...Object.fromEntries(onlyMain), ...p }));
    // Once per answer from main, not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [review, setServerProblems]);
  const nav = useStepNavigation({
    data,
    setData,
    locked,
    autosave,
    problems: problems.allProblems,
    attempt: problems.attempt,
  });
  const { submit, fixField } = useWizardSubmit({
    autosave,
    sub,
    problems,
    goTo: nav.goTo,
    confirmDeactivate,
  });
  const props = useStepProps({
    draft,
    data,
    setData,
    passwords,
    setPasswords,
    locked,
    autosave,
    sub,
    problems,
    onFirstSave,
  });

  const step: WizardStepNumber = nav.step;
  const marks = stepStates({
    current: step,
    problems: { ...problems.allProblems, ...problems.serverProblems },
    shown: problems.shown,
    visited: nav.visited,
    synced,
  });
  const current = wizardSteps[step - 1]!;
  // The title stays put while the name is typed (a new title would move focus to it).
  const title =
    draft.kind === 'update'
      ? `Edit ${draft.data.baseline?.practice.name || draft.data.practice.name || draft.accountId}`
      : 'New practice';
  const blocked = Object.keys(problems.conflicts.problems).length > 0;

  return (
    <Screen
      title={title}
      actions={
        <WizardStatus
          environmentId={draft.environmentId}
          kind={draft.kind}
          state={sub.submission?.state ?? 'draft'}
          savedAt={autosave.savedAt}
          draftSavedNote={draftSavedNote}
        />
      }
    >
      <ErrorNote error={autosave.error} />
      {notice}
      {sub.submission ? (
        <SubmissionPanel
          submission={sub.submission}
          kind={draft.kind}
          busy={sub.busy}
          // Failed: the one action sends the form as it is now (flushed first), exactly as Create practice does.
          onSend={() => void (sub.submission?.state === 'queued' ? sub.retry() : submit())}
          onFix={fixField}
          onDiscard={() => void sub.discard()}
          onConvert={() => void sub.convert().then((ok) => ok && onReload())}
        />
      ) : null}
      <div tabIndex={-1} data-testid="submit-error" className="wizard__submit-error">
        <ErrorNote error={sub.error} />
      </div>
      <div className="wizard">
        <StepList current={step} marks={marks} onGo={nav.goTo} />
        {/* Enter in a field moves to the next step rather than submitting: the form listens to keys for that. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
        <form
          className="wizard__main panel"
          onSubmit={(e) => e.preventDefault()}
          onKeyDown={nav.onKeyDown}
          aria-labelledby="wizard-step-title"
          noValidate
        >
          <h2 id="wizard-step-title" tabIndex={-1}>
            Step {step} of 7: {current.title}
          </h2>
          <fieldset className="wizard__body" disabled={locked}>
            <legend className="visually-hidden">{current.title}</legend>
            <StepBody
              step={step}
              props={props}
              review={{
                record: problems.record.ok ? problems.record.record : null,
                problems: { ...problems.allProblems, ...problems.serverProblems },
                review,
                synced,
                onEdit: nav.goTo,
                confirmDeactivate,
                setConfirmDeactivate,
              }}
            />
          </fieldset>
          <WizardActions
            step={step}
            kind={draft.kind}
            locked={locked}
            busy={sub.busy}
            blocked={blocked}
            sendDisabled={review?.deactivating === true && !confirmDeactivate}
            onGo={nav.goTo}
            onNext={nav.next}
            onSaveDraft={() => {
              // Autosave runs anyway; the button says so when pressed.
              autosave.schedule({ ...data });
              void autosave.flush().then(() => setDraftSavedNote(true));
            }}
            onSend={() => void submit()}
          />
          {blocked && !locked && step === 7 ? (
            <ConflictNote id="wizard-conflicts" problems={problems.conflicts.problems} onFix={fixField} />
          ) : null}
        </form>
      </div>
    </Screen>
  );
}
