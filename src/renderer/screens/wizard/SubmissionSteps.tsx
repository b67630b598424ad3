import type { StepResult, SubmissionView } from '../../../shared/contract/onboarding';
import './submission-steps.css';

export const stepWords = { practice: 'Practice', locations: 'Locations', users: 'Users' } as const;
const stateWords = { done: 'Done', failed: 'Failed', 'not-sent': 'Not sent yet' } as const;
const stateBadge = { done: 'badge--ok', failed: 'badge--red', 'not-sent': 'badge--neutral' } as const;

function Rows({ title, rows }: { title: string; rows: readonly StepResult[] }) {
  if (rows.length === 0) return null;
  return (
    <ul className="submission-steps__rows" aria-label={title} data-testid={`results-${title.toLowerCase()}`}>
      {rows.map((r) => (
        <li key={r.label}>
          <span className={`badge ${r.success ? 'badge--ok' : 'badge--red'}`}>
            {r.success ? 'Saved' : 'Refused'}
          </span>{' '}
          {r.label}
          {r.success ? '' : `: ${r.message}`}
        </li>
      ))}
    </ul>
  );
}

/** Each step of a submission (practice, locations, users) with its state, and what each location and user did. */
export function SubmissionSteps({ submission }: { submission: SubmissionView }) {
  return (
    <ol className="submission-steps" aria-label="Steps" data-testid="submission-steps">
      {submission.steps.map((s) => (
        <li key={s.step} data-testid={`step-state-${s.step}`} data-state={s.state}>
          <strong>{stepWords[s.step]}:</strong>{' '}
          <span className={`badge ${stateBadge[s.state]}`}>{stateWords[s.state]}</span>
          {s.message ? <span className="submission-steps__message"> {s.message}</span> : null}
          {s.step === 'locations' ? <Rows title="Locations" rows={submission.locations} /> : null}
          {s.step === 'users' ? <Rows title="Users" rows={submission.users} /> : null}
        </li>
      ))}
    </ol>
  );
}
