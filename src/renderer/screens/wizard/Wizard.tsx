import { useEffect, useMemo, useRef, useState } from 'react';
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
import { StepList } from './StepList';
import { SubmissionPanel } from './SubmissionPanel';
import { StepBody } from './StepBody';
import type { StepProps } from './step-props';
import { useAutosave } from './use-autosave';
import { useSubmission } from './use-submission';
import { problemsOf, problemsOfStep, stepOfPath, wizardSteps, type WizardStepNumber } from './wizard-model';
import './wizard.css';

const stateWords = { draft: 'Draft', queued: 'Queued', synced: 'Synced', failed: 'Failed' } as const;
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
  const withProblems = useMemo(() => {
    const out = new Set<number>();
    for (const path of Object.keys(serverProblems)) out.add(stepOfPath(path));
    for (const path of Object.keys(problems))
      if (attempted.has(stepOfPath(path)) || touched.has(path)) out.add(stepOfPath(path));
    return out;
  }, [problems, serverProblems, attempted, touched]);

  const change = (next: WizardDraftData, password?: { key: string; value: string }) => {
    if (locked) return;
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
      setDataState((d) => {
        const next = {
          ...d,
          locations: d.locations.map((l, i) => (i === index ? { ...l, [field]: value } : l)),
        };
        if (!locked) autosave.schedule(next);
        return next;
      });
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
  };

  const goTo = (target: WizardStepNumber) => {
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

  // A submission's outcome is shown at the top: bring it into view when it changes.
  const outcome = sub.submission?.state;
  useEffect(() => {
    if (outcome) document.querySelector('[data-testid="submission"]')?.scrollIntoView({ block: 'start' });
  }, [outcome]);

  const next = () => {
    setAttempted((a) => new Set(a).add(step));
    if (Object.keys(problemsOfStep(problems, step)).length > 0) {
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
  };

  const current = wizardSteps[step - 1]!;
  const draftState = sub.submission?.state ?? 'draft';
  const title = draft.kind === 'update' ? `Edit ${data.practice.name || draft.accountId}` : 'New practice';

  return (
    <Screen
      title={title}
      actions={
        <span className="wizard__status">
          <span className={`badge ${stateBadge[draftState]}`} data-testid="draft-state">
            {stateWords[draftState]}
          </span>
          <span className="wizard__saved" data-testid="autosave">
            {autosave.savedAt ? `Saved ${new Date(autosave.savedAt).toLocaleTimeString()}` : ''}
          </span>
        </span>
      }
    >
      <ErrorNote error={autosave.error} />
      {sub.submission ? (
        <SubmissionPanel
          submission={sub.submission}
          busy={sub.busy}
          onRetry={() => void sub.retry()}
          onDiscard={() => void sub.discard()}
          onConvert={() => void sub.convert().then((ok) => ok && onReload())}
        />
      ) : null}
      <ErrorNote error={sub.error} />
      <div className="wizard">
        <StepList current={step} visited={visited} withProblems={withProblems} onGo={goTo} />
        <form
          className="wizard__main panel"
          onSubmit={(e) => e.preventDefault()}
          aria-labelledby="wizard-step-title"
          noValidate
        >
          <h2 id="wizard-step-title">
            Step {step} of 7: {current.title}
          </h2>
          <fieldset className="wizard__body" disabled={locked}>
            <legend className="visually-hidden">{current.title}</legend>
            <StepBody
              step={step}
              props={props}
              review={{
                record: record.ok ? record.record : null,
                problems,
                review,
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
            <button type="button" className="button" disabled={locked} onClick={() => void autosave.flush()}>
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
                disabled={locked || sub.busy || (review?.deactivating === true && !confirmDeactivate)}
                onClick={() => void submit()}
              >
                {draft.kind === 'update' ? 'Save changes' : 'Create practice'}
              </button>
            )}
          </div>
        </form>
      </div>
    </Screen>
  );
}
