import { useMemo, useState } from 'react';
import { checkWizardRecord, type DraftView, type WizardDraftData } from '../../../shared/contract/onboarding';
import type { FieldProblems } from '../../../shared/domain/field-problems';
import { useConflicts } from './use-conflicts';
import { problemsOf, stepOfPath, wizardSteps } from './wizard-model';

/**
 * What is wrong with the draft now and which of it is shown: field rules, known conflicts (an account ID or portal
 * address another practice holds) and what Updox named on the last send. A field's problem is shown once it was
 * touched, Next was tried on its step, Updox named it, or it is a conflict.
 */
export function useWizardProblems(
  draft: DraftView,
  data: WizardDraftData,
  passwords: Readonly<Record<string, string>>,
) {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState<ReadonlySet<number>>(new Set());
  const [serverProblems, setServerProblems] = useState<FieldProblems>({});

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
  // Known conflicts count as problems: they block Next and Create practice, and are shown at once.
  const allProblems = useMemo(() => ({ ...problems, ...conflicts.problems }), [problems, conflicts.problems]);

  return {
    record,
    conflicts,
    allProblems,
    serverProblems,
    setServerProblems,
    shown: (path: string) =>
      path in serverProblems ||
      path in conflicts.problems ||
      touched.has(path) ||
      attempted.has(stepOfPath(path)),
    /** The message to show for a field path, or undefined. */
    errorOf: (path: string) =>
      serverProblems[path] ??
      conflicts.problems[path] ??
      (touched.has(path) || attempted.has(stepOfPath(path)) ? problems[path] : undefined),
    touch: (path: string) => setTouched((t) => new Set(t).add(path)),
    /** Next was tried on this step: its problems are shown. */
    attempt: (step: number) => setAttempted((a) => new Set(a).add(step)),
    /** Sending was tried: every step's problems are shown. */
    attemptAll: () => setAttempted(new Set(wizardSteps.map((s) => s.step))),
    /** A field Updox named was changed: its message goes. */
    dropServerProblem: (path: string) =>
      setServerProblems((p) =>
        path in p ? Object.fromEntries(Object.entries(p).filter(([k]) => k !== path)) : p,
      ),
  };
}

export type WizardProblems = ReturnType<typeof useWizardProblems>;
