import type { ReviewView, WizardRecord } from '../../../../shared/contract/onboarding';
import { practiceFieldsOfStep } from '../../../../shared/domain/fields/practice-fields';
import { locationLabels, practiceLabels, userLabels } from '../../../../shared/domain/labels';
import { formatPracticeValue } from '../../../../shared/domain/practice-display';
import { formatWhen } from '../../../components/format-when';
import { stepOfPath, wizardSteps, type WizardStepNumber } from '../wizard-model';
import { PracticeDiff } from './PracticeDiff';
import { ReviewFlags } from './ReviewFlags';

/** The practice's steps, each with its fields in the field table's order. */
const sections = wizardSteps
  .map((s) => ({ ...s, fields: practiceFieldsOfStep(s.step) }))
  .filter((s) => s.fields.length > 0);

function SectionHead({
  title,
  step,
  onEdit,
}: {
  title: string;
  step: WizardStepNumber;
  onEdit: (s: WizardStepNumber) => void;
}) {
  return (
    <div className="wizard__section-head">
      <h3>{title}</h3>
      <button
        type="button"
        className="button wizard__edit"
        onClick={() => onEdit(step)}
        aria-label={`Edit ${title}`}
      >
        Edit
      </button>
    </div>
  );
}

/** Step 7: the exact records that will be sent, the diff for an update, and every problem left. */
/** What Review says of a user's web login: a new password, the current one kept, or none at all. */
const passwordWords = (u: { password: string; existing?: boolean | undefined; loginId: string }): string =>
  u.password !== ''
    ? `${userLabels.password}: set`
    : u.existing
      ? `${userLabels.password}: kept`
      : u.loginId.trim() === ''
        ? 'No web login (API only)'
        : `${userLabels.password}: none`;

export function ReviewStep(props: {
  record: WizardRecord | null;
  problems: Record<string, string>;
  review: ReviewView | null;
  onEdit: (step: WizardStepNumber) => void;
  confirmDeactivate: boolean;
  setConfirmDeactivate: (v: boolean) => void;
  /** Sent and done: the comparison and warnings are history now, so they are not shown. */
  synced?: boolean;
}) {
  const { record, problems, review, onEdit } = props;
  const problemList = Object.entries(problems);
  if (props.synced) {
    return (
      <p className="note note--ok" data-testid="review-saved">
        Saved: Updox now holds this record.
      </p>
    );
  }
  return (
    <>
      <ReviewFlags record={record} onEdit={onEdit} />
      {problemList.length > 0 ? (
        <div className="note note--error" role="alert" data-testid="review-problems">
          <p>Fix these before sending:</p>
          <ul>
            {problemList.map(([path, message]) => (
              <li key={path}>
                {message}{' '}
                <button
                  type="button"
                  className="button wizard__edit"
                  onClick={() => onEdit(stepOfPath(path))}
                >
                  Go to {wizardSteps[stepOfPath(path) - 1]?.title}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {review ? (
        <p className="field__hint">
          {review.diff ? 'Saving sends the changes to Updox' : 'Creating the practice sends it to Updox'},
          then its locations and users.
          {review.current
            ? review.current.source === 'live'
              ? ' Compared with the record Updox holds now.'
              : ` Updox cannot be reached: compared with the copy loaded ${formatWhen(review.current.fetchedAt)}.`
            : ''}
        </p>
      ) : null}
      {review?.diff ? <PracticeDiff diff={review.diff} /> : null}
      {review?.deactivating ? (
        <div className="note note--warn" role="alert">
          <p>
            <strong>This account will be inactive.</strong> An inactive account cannot authenticate: nobody
            can sign in to it or use it through the API until it is made active again.
          </p>
          <label className="wizard__check">
            <input
              type="checkbox"
              checked={props.confirmDeactivate}
              onChange={(e) => props.setConfirmDeactivate(e.target.checked)}
            />
            Yes, make this account inactive
          </label>
        </div>
      ) : null}
      {record ? (
        <>
          {sections.map((s) => (
            <section key={s.title} className="wizard__card" aria-label={s.title}>
              <SectionHead title={s.title} step={s.step} onEdit={onEdit} />
              <dl className="facts">
                {s.fields.map((f) => (
                  <div key={f} className="wizard__fact">
                    <dt>{practiceLabels[f]}</dt>
                    <dd data-testid={`review-${f}`}>{formatPracticeValue(f, record.practice[f])}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
          <section className="wizard__card" aria-label="Locations">
            <SectionHead title="Locations" step={5} onEdit={onEdit} />
            {record.locations.length === 0 ? (
              <p className="empty">Only Updox’s Default Location (nothing to send).</p>
            ) : (
              <ul>
                {record.locations.map((l) => (
                  <li key={l.key}>
                    {l.name} ({locationLabels.code} {l.code}, {locationLabels.externalId} {l.externalId})
                    {l.city ? `, ${l.city} ${l.state}` : ''}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="wizard__card" aria-label="Users">
            <SectionHead title="Users" step={6} onEdit={onEdit} />
            {record.users.length === 0 ? <p>No users to send.</p> : null}
            <ul>
              {record.users.map((u) => (
                <li key={u.key}>
                  {u.firstName} {u.lastName} ({userLabels.userId} {u.userId}){u.provider ? ' · Provider' : ''}
                  {u.admin ? ' · Administrator' : ''}
                  {u.existing ? ' · Changing a user in Updox' : ''} · {passwordWords(u)}
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </>
  );
}
