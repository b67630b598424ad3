import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  checkWizardRecord,
  type DraftView,
  type ReviewView,
  type WizardDraftData,
} from '../../../shared/contract/onboarding';
import type { FieldProblems } from '../../../shared/domain/field-problems';
import { api } from '../../api/client';
import { ErrorNote } from '../../components/ErrorNote';
import { Screen } from '../../components/Screen';
import { focusSoon } from './focus';
import { StepList } from './StepList';
import { changedAt, stepStates } from './step-states';
import { useConflicts } from './use-conflicts';
import { ConflictNote, fieldIdOf } from './ConflictNote';
import { SubmissionPanel } from './SubmissionPanel';
import { StepBody } from './StepBody';
import type { StepProps } from './step-props';
import { useAutosave } from './use-autosave';
import { useSubmission } from './use-submission';
import { problemsOf, problemsOfStep, stepOfPath, wizardSteps, type WizardStepNumber } from './wizard-model';
import './wizard.css';

const stateWords = { draft: 'Draft', queued: 'Queued', synced: 'Synced', failed: 'Failed' } as const;
const editingWords = { ...stateWords, draft: 'Editing' } as const;
const stateBadge = {
  draft: 'badge--neutral',
  queued: 'badge--amber',
  synced: 'badge--ok',
  failed: 'badge--red',
} as const;

/** The onboarding wizard over one draft: one step per screen, autosaved, validated as the person goes. */
export function Wizard({
  draft,
  onFirstSave,
  onReload,
}: {
  draft: DraftView;
  onFirstSave?: () => void;
  onReload: () => void;
}) {
  const [data, setDataState] = useState<WizardDraftData>(draft.data);
  const [passwords, setPasswords] = useState<Record<string, string>>({});
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState<ReadonlySet<number>>(new Set());
  const [visited, setVisited] = useState<ReadonlySet<number>>(new Set([draft.data.step]));
  const [draftSavedNote, setDraftSavedNote] = useState(false);
  const stepMoved = useRef(false);
  const [serverProblems, setServerProblems] = useState<FieldProblems>({});
  const [review, setReview] = useState<ReviewView | null>(null);
  const [confirmDeactivate, setConfirmDeactivate] = useState(false);
  const autosave = useAutosave({ id: draft.id, kind: draft.kind, accountId: draft.accountId });
  const sub = useSubmission(draft.id, draft.submission);
  const firstSave = useRef(onFirstSave);
  const step = data.step as WizardStepNumber;
  const locked = sub.submission?.state === 'queued' || sub.submission?.state === 'synced';

  const problems = useMemo(
    () => problemsOf(data, passwords, draft.passwordsSaved),
    [data, passwords, draft.passwordsSaved],
  );
  const record = useMemo(
    () =>
      checkWizardRecord(
        data,
        (k) => passwords[k] || (draft.passwordsSaved.includes(k) ? 'Saved-in-vault-1' : ''),
      ),
    [data, passwords, draft.passwordsSaved],
  );
  const conflicts = useConflicts(data, draft.kind);
  // Known conflicts (an account ID or portal address another practice holds) count as problems: they block Next
  // and Create practice, and are shown at once.
  const allProblems = useMemo(() => ({ ...problems, ...conflicts.problems }), [problems, conflicts.problems]);
  const shownProblem = (path: string) =>
    path in serverProblems ||
    path in conflicts.problems ||
    touched.has(path) ||
    attempted.has(stepOfPath(path));
  const marks = stepStates({
    current: step,
    problems: { ...allProblems, ...serverProblems },
    shown: shownProblem,
    started: draft.updatedAt !== '' || data.practice.name.trim() !== '',
    visited,
    synced: sub.submission?.state === 'synced',
  });

  // A failure about a field is stale once that field changes: the banner goes (the draft is sent as it is now).
  const clearStaleFailure = (before: WizardDraftData, after: WizardDraftData) => {
    const fields = sub.submission?.state === 'failed' ? sub.submission.item.lastError?.fields : undefined;
    if (fields && changedAt(before, after, Object.keys(fields))) sub.hideFailure();
  };

  const change = (next: WizardDraftData, password?: { key: string; value: string }) => {
    if (locked) return;
    clearStaleFailure(data, next);
    setDataState(next);
    autosave.schedule(next, password);
    if (firstSave.current) {
      firstSave.current();
      firstSave.current = undefined;
    }
  };
  const dropServerProblem = (path: string) =>
    setServerProblems((p) =>
      path in p ? Object.fromEntries(Object.entries(p).filter(([k]) => k !== path)) : p,
    );

  const props: StepProps = {
    data,
    kind: draft.kind,
    errorOf: (path) =>
      serverProblems[path] ??
      conflicts.problems[path] ??
      (touched.has(path) || attempted.has(stepOfPath(path)) ? problems[path] : undefined),
    touch: (path) => {
      setTouched((t) => new Set(t).add(path));
      void autosave.flush();
    },
    setPractice: (field, value) => {
      dropServerProblem(`practice.${field}`);
      change({ ...data, practice: { ...data.practice, [field]: value } });
    },
    setData: (fn) => change(fn(data)),
    setLocation: (index, field, value) => {
      dropServerProblem(`locations.${index}.${String(field)}`);
      if (locked) return;
      setDataState((d) => {
        const next = {
          ...d,
          locations: d.locations.map((l, i) => (i === index ? { ...l, [field]: value } : l)),
        };
        autosave.schedule(next);
        return next;
      });
      const fields = sub.submission?.state === 'failed' ? sub.submission.item.lastError?.fields : undefined;
      if (fields && `locations.${index}.${String(field)}` in fields) sub.hideFailure();
    },
    setUser: (index, field, value) => {
      dropServerProblem(`users.${index}.${String(field)}`);
      change({ ...data, users: data.users.map((u, i) => (i === index ? { ...u, [field]: value } : u)) });
    },
    passwords,
    passwordsSaved: draft.passwordsSaved,
    setPassword: (key, value) => {
      setPasswords((p) => ({ ...p, [key]: value }));
      change(data, { key, value });
    },
    availability: { accountId: conflicts.accountId, portal: conflicts.portal },
  };

  const goTo = (target: WizardStepNumber) => {
    stepMoved.current = true;
    setVisited((v) => new Set(v).add(target));
    const next = { ...data, step: target };
    setDataState(next);
    if (!locked) autosave.schedule(next);
    void autosave.flush();
  };

  useEffect(() => {
    if (step !== 7) return;
    let live = true;
    void autosave.flush().then(async () => {
      const r = await api.onboarding.review({ id: draft.id });
      if (live && r.ok) setReview(r.data);
    });
    return () => {
      live = false;
    };
    // Review is fetched on arriving at step 7 (after the draft is flushed).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step, draft.id]);

  // After Next, Back or a step button, focus the new step's heading (keyboard and screen-reader users start there).
  useEffect(() => {
    if (!stepMoved.current) return;
    stepMoved.current = false;
    document.getElementById('wizard-step-title')?.focus();
  }, [step]);

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

  const next = () => {
    setAttempted((a) => new Set(a).add(step));
    if (Object.keys(problemsOfStep(allProblems, step)).length > 0) {
      window.setTimeout(
        () => document.querySelector<HTMLElement>('.wizard__body [aria-invalid="true"]')?.focus(),
        0,
      );
      return;
    }
    goTo(Math.min(7, step + 1) as WizardStepNumber);
  };

  const submit = async () => {
    await autosave.flush();
    setAttempted(new Set(wizardSteps.map((s) => s.step)));
    const outcome = await sub.submit(confirmDeactivate);
    const fields = outcome.error?.fields ?? outcome.submission?.item.lastError?.fields;
    if (fields && Object.keys(fields).some((k) => k.includes('.') || k === 'users')) {
      setServerProblems(fields);
      const first = Object.keys(fields).map(stepOfPath).sort()[0];
      if (first !== undefined && first !== 7) goTo(first);
    }
    // The outcome is announced and focused (after any step change above has rendered).
    window.setTimeout(() => focusSoon('[data-testid="submission"], [data-testid="submit-error"]'), 0);
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

  const current = wizardSteps[step - 1]!;
  const draftState = sub.submission?.state ?? 'draft';
  // The title stays put while the name is typed (a new title would move focus to it).
  const title =
    draft.kind === 'update'
      ? `Edit ${draft.data.baseline?.practice.name || draft.data.practice.name || draft.accountId}`
      : 'New practice';
  const blocked = Object.keys(conflicts.problems).length > 0;
  const synced = sub.submission?.state === 'synced';

  return (
    <Screen
      title={title}
      actions={
        <span className="wizard__status">
          <span className="wizard__saved" data-testid="autosave" role="status">
            {autosave.savedAt
              ? `${draftSavedNote ? 'Draft saved' : 'Saved'} ${new Date(autosave.savedAt).toLocaleTimeString()}`
              : ''}
          </span>
          <span className={`badge ${stateBadge[draftState]}`} data-testid="draft-state">
            {(draft.kind === 'update' ? editingWords : stateWords)[draftState]}
          </span>
        </span>
      }
    >
      <ErrorNote error={autosave.error} />
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
        <StepList current={step} marks={marks} onGo={goTo} />
        <form
          className="wizard__main panel"
          onSubmit={(e) => e.preventDefault()}
          onKeyDown={onKeyDown}
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
                record: record.ok ? record.record : null,
                problems: allProblems,
                review,
                synced,
                onEdit: goTo,
                confirmDeactivate,
                setConfirmDeactivate,
              }}
            />
          </fieldset>
          <div className="wizard__actions">
            <button
              type="button"
              className="button"
              disabled={step === 1}
              onClick={() => goTo((step - 1) as WizardStepNumber)}
            >
              Back
            </button>
            {step < 7 ? (
              <button type="button" className="button button--primary" onClick={next}>
                Next
              </button>
            ) : null}
            <button
              type="button"
              className="button"
              disabled={locked}
              onClick={() => {
                // Autosave runs anyway; the button says so when pressed.
                const now = { ...data };
                autosave.schedule(now);
                void autosave.flush().then(() => setDraftSavedNote(true));
              }}
            >
              Save draft
            </button>
            {step < 7 ? (
              <button type="button" className="button" onClick={() => goTo(7)}>
                Review
              </button>
            ) : (
              <button
                type="button"
                className="button button--primary"
                disabled={
                  locked || sub.busy || blocked || (review?.deactivating === true && !confirmDeactivate)
                }
                aria-describedby={blocked ? 'wizard-conflicts' : undefined}
                onClick={() => void submit()}
              >
                {sub.busy ? 'Sending…' : draft.kind === 'update' ? 'Save changes' : 'Create practice'}
              </button>
            )}
          </div>
          {blocked && !locked && step === 7 ? (
            <ConflictNote id="wizard-conflicts" problems={conflicts.problems} onFix={fixField} />
          ) : null}
        </form>
      </div>
    </Screen>
  );
}
