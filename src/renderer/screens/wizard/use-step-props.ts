import { useRef, type Dispatch, type SetStateAction } from 'react';
import type { DraftView, WizardDraftData } from '../../../shared/contract/onboarding';
import { changedAt } from './step-states';
import type { StepProps } from './step-props';
import type { useAutosave } from './use-autosave';
import type { useSubmission } from './use-submission';
import type { WizardProblems } from './use-wizard-problems';

/**
 * The props every step screen gets: each change is autosaved, clears what Updox said of that field, and hides a
 * failure banner about it (the draft is sent as it is now). Nothing changes while the submission is locked.
 */
export function useStepProps({
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
}: {
  draft: DraftView;
  data: WizardDraftData;
  setData: Dispatch<SetStateAction<WizardDraftData>>;
  passwords: Record<string, string>;
  setPasswords: Dispatch<SetStateAction<Record<string, string>>>;
  locked: boolean;
  autosave: ReturnType<typeof useAutosave>;
  sub: ReturnType<typeof useSubmission>;
  problems: WizardProblems;
  onFirstSave: (() => void) | undefined;
}): StepProps {
  const firstSave = useRef(onFirstSave);
  const failedFields = () =>
    sub.submission?.state === 'failed' ? sub.submission.item.lastError?.fields : undefined;

  const change = (next: WizardDraftData, password?: { key: string; value: string }) => {
    if (locked) return;
    // A failure about a field is stale once that field changes: the banner goes.
    const fields = failedFields();
    if (fields && changedAt(data, next, Object.keys(fields))) sub.hideFailure();
    setData(next);
    autosave.schedule(next, password);
    if (firstSave.current) {
      firstSave.current();
      firstSave.current = undefined;
    }
  };

  return {
    data,
    kind: draft.kind,
    errorOf: problems.errorOf,
    touch: (path) => {
      problems.touch(path);
      void autosave.flush();
    },
    setPractice: (field, value) => {
      problems.dropServerProblem(`practice.${field}`);
      change({ ...data, practice: { ...data.practice, [field]: value } });
    },
    setData: (fn) => change(fn(data)),
    setLocation: (index, field, value) => {
      problems.dropServerProblem(`locations.${index}.${String(field)}`);
      if (locked) return;
      setData((d) => {
        const next = {
          ...d,
          locations: d.locations.map((l, i) => (i === index ? { ...l, [field]: value } : l)),
        };
        autosave.schedule(next);
        return next;
      });
      const fields = failedFields();
      if (fields && `locations.${index}.${String(field)}` in fields) sub.hideFailure();
    },
    setUser: (index, field, value) => {
      problems.dropServerProblem(`users.${index}.${String(field)}`);
      change({ ...data, users: data.users.map((u, i) => (i === index ? { ...u, [field]: value } : u)) });
    },
    passwords,
    passwordsSaved: draft.passwordsSaved,
    setPassword: (key, value) => {
      // A password main named on Review (checked as sealed) is being retyped: its old message goes.
      problems.dropServerProblem(`users.${data.users.findIndex((u) => u.key === key)}.password`);
      setPasswords((p) => ({ ...p, [key]: value }));
      change(data, { key, value });
    },
    availability: { accountId: problems.conflicts.accountId, portal: problems.conflicts.portal },
  };
}
